using System.Collections.Generic;
using Cleaner.Classifiers.Caption;
using Cleaner.Features;
using Xunit;

namespace Cleaner.Tests.Features;

/// <summary>
/// Word-class gates let a classifier skip a search on lines that cannot match; a gate that misses a phrase silently
/// loses recall, so each gate is checked against the phrases it guards.
/// </summary>
public class VocabularyGateTests
{
    public static IEnumerable<object[]> PositionMarkers()
    {
        foreach (string marker in CaptionClassifier.PositionMarkers)
        {
            yield return [marker];
        }
    }

    [Theory]
    [MemberData(nameof(PositionMarkers))]
    public void Every_caption_position_marker_has_a_position_word_in_either_case(string marker)
    {
        FeatureExtractor.Extract(marker.Trim(), Lexicon.Default, WordClass.AnyStopword, out LineFeatures lower);
        FeatureExtractor.Extract(marker.Trim().ToUpperInvariant(), Lexicon.Default, WordClass.AnyStopword, out LineFeatures upper);

        Assert.True(lower.Has(WordClass.Position), marker);
        Assert.True(upper.Has(WordClass.Position), marker);
    }

    [Theory]
    [InlineData("The senator said the bill would pass next week.")]
    [InlineData("Prices rose by 3% in March, the agency reported.")]
    public void Ordinary_prose_does_not_open_the_position_gate(string line)
    {
        FeatureExtractor.Extract(line, Lexicon.Default, WordClass.AnyStopword, out LineFeatures features);

        Assert.False(features.Has(WordClass.Position));
    }
}
