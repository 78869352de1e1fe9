using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Cleaner.Classification;
using Cleaner.Features;
using Xunit;

namespace Cleaner.Tests.Features;

/// <summary>
/// The Contains phrases of a phrase set are searched for only in lines with a <see cref="WordClass.PhraseAnchor"/> word
/// when every phrase of the set has one. These tests keep every built-in set behind that gate (a phrase added without an
/// anchor word would silently make its set search every line again) and check the gate can never hide a match.
/// </summary>
public class PhraseAnchorTests
{
    /// <summary>Every phrase set held by a built-in classifier of the default pipeline, named by classifier and field.</summary>
    public static IEnumerable<object[]> BuiltInSets()
    {
        foreach (SegmentClassifier classifier in new CleanerPipelineBuilder().Classifiers)
        {
            foreach (FieldInfo field in classifier.GetType().GetFields(
                         BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            {
                if (field.FieldType == typeof(PhraseSet) && field.GetValue(field.IsStatic ? null : classifier) is PhraseSet set)
                {
                    yield return [classifier.Name + "." + field.Name, set];
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInSets))]
    public void Every_built_in_set_is_behind_the_anchor_gate(string name, object set)
    {
        var phrases = (PhraseSet)set;
        string[] unanchored = phrases.ContainsPhrases
            .Where(phrase => !LineOpensGate("x " + phrase + " x"))
            .ToArray();

        Assert.True(phrases.ContainsIsAnchored,
            $"{name}: add one word of each of these Contains phrases to WordLists.PhraseAnchors: {string.Join(" | ", unanchored)}");
    }

    [Theory]
    [MemberData(nameof(BuiltInSets))]
    public void A_line_holding_a_phrase_in_any_case_opens_the_gate(string name, object set)
    {
        foreach (string phrase in ((PhraseSet)set).ContainsPhrases)
        {
            Assert.True(LineOpensGate("Before " + phrase + " after."), name + ": " + phrase);
            Assert.True(LineOpensGate(phrase.ToUpperInvariant()), name + ": " + phrase);
        }
    }

    [Theory]
    [InlineData("The senator said the bill would pass next week.")]
    [InlineData("Prices rose by 3% in March, the agency reported on Tuesday.")]
    [InlineData("Der Minister sagte am Montag, die Regierung werde handeln.")]
    public void Ordinary_prose_stays_outside_the_gate(string line) => Assert.False(LineOpensGate(line));

    [Fact]
    public void A_user_phrase_without_an_anchor_word_is_still_found()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder()
            .AddPhrase("zebra crossing quiz", ResidueKind.Widget, PhraseMatch.Contains)
            .Build();

        CleanResult result = pipeline.Clean("Body paragraph one is here and it is long enough.\nTake the zebra crossing quiz now\nBody two.\n");

        Assert.DoesNotContain("zebra", result.Text);
    }

    private static bool LineOpensGate(string line)
    {
        FeatureExtractor.Extract(line, Lexicon.Default, WordClass.AnyStopword, out LineFeatures features);
        return features.Has(WordClass.PhraseAnchor);
    }
}
