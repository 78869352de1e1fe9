using System;
using System.Linq;
using System.Threading.Tasks;
using Cleaner.Classifiers.Comments;

namespace Cleaner.Tests.Api;

public class PipelineBuilderTests
{
    private const string Body = "The council voted on Tuesday to approve the new budget, which includes money for roads.";

    [Fact]
    public void Attribution_is_labelled_but_kept_by_default_and_removed_when_enabled()
    {
        string input = $"{Body}\nSource: Reuters\n";

        CleanResult kept = new CleanerPipelineBuilder().IncludeKept().Build().Clean(input);
        Assert.Contains("Source: Reuters", kept.Text);
        Assert.Contains(kept.Kept, v => v.Kind == ResidueKind.Attribution);

        CleanResult removed = new CleanerPipelineBuilder().Enable(ResidueKind.Attribution).Build().Clean(input);
        Assert.DoesNotContain("Source: Reuters", removed.Text);
    }

    [Fact]
    public void A_disabled_kind_is_kept()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder().Disable(ResidueKind.Advertisement).Build();

        Assert.Contains("Advertisement", pipeline.Clean($"{Body}\nAdvertisement\n{Body}\n").Text);
        Assert.False(pipeline.Settings.RemovedKinds.Contains(ResidueKind.Advertisement));
    }

    [Fact]
    public void Presets_change_the_threshold()
    {
        Assert.True(new CleanerPipelineBuilder().UsePreset(CleanerPreset.Precision).Build().Settings.Threshold >
                    new CleanerPipelineBuilder().UsePreset(CleanerPreset.Recall).Build().Settings.Threshold);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CleanerPipelineBuilder().UsePreset((CleanerPreset)42));
    }

    [Fact]
    public void User_phrases_and_patterns_remove_lines_with_their_kind()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder()
            .AddPhrase("Tap here for the daily briefing", ResidueKind.Subscription, PhraseMatch.Prefix)
            .AddPattern(@"^\d+ people are reading this", ResidueKind.Widget)
            .Build();

        CleanResult result = pipeline.Clean($"{Body}\nTap here for the daily briefing, free.\n12 people are reading this now\n{Body}\n");

        Assert.Equal($"{Body}\n{Body}\n", result.Text);
        Assert.Equal(new[] { ResidueKind.Subscription, ResidueKind.Widget }, result.Removed.Select(r => r.Kind));
        Assert.All(result.Removed, r => Assert.StartsWith("user.", r.RuleId, StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_user_rules_are_rejected_with_a_clear_error()
    {
        Assert.Throws<ArgumentException>(() => UserRule.ForPhrase("!!!", ResidueKind.Widget));
        Assert.Throws<ArgumentException>(() => UserRule.ForPhrase("fine", ResidueKind.None));
        Assert.ThrowsAny<ArgumentException>(() => UserRule.ForPattern(@"(a)\1", ResidueKind.Widget));
    }

    [Fact]
    public void Classifiers_can_be_removed_and_replaced()
    {
        var builder = new CleanerPipelineBuilder();
        Assert.True(builder.Classifiers.RemoveAll<CommentsClassifier>());
        Assert.Contains("Add new comment", builder.Build().Clean($"{Body}\nAdd new comment\n").Text);
        Assert.Throws<InvalidOperationException>(() => builder.Classifiers.InsertBefore<CommentsClassifier>(new CommentsClassifier()));
    }

    [Fact]
    public void The_builder_can_go_on_being_used_after_build_without_changing_the_pipeline()
    {
        var builder = new CleanerPipelineBuilder();
        CleanerPipeline first = builder.Build();
        builder.Disable(ResidueKind.Comments);

        Assert.DoesNotContain("Add new comment", first.Clean($"{Body}\nAdd new comment\n").Text);
    }

    [Fact]
    public void One_pipeline_gives_identical_results_from_many_threads()
    {
        string[] documents = Enumerable.Range(0, 64)
            .Select(i => $"{Body} {i}\nREAD MORE: Story {i}\n\n{Body}\nAdd new comment\nFort Wayne {i}\n")
            .ToArray();
        string[] sequential = documents.Select(d => TextCleaner.Clean(d).Text).ToArray();
        string[] parallel = new string[documents.Length];

        Parallel.For(0, documents.Length * 8, i => parallel[i % documents.Length] = TextCleaner.Clean(documents[i % documents.Length]).Text);

        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("related-links", ResidueKind.RelatedLinks)]
    [InlineData("RelatedLinks", ResidueKind.RelatedLinks)]
    [InlineData("body", ResidueKind.None)]
    [InlineData("WIDGET", ResidueKind.Widget)]
    public void Kind_names_round_trip(string text, ResidueKind expected)
    {
        Assert.True(ResidueKinds.TryParse(text, out ResidueKind kind));
        Assert.Equal(expected, kind);
        Assert.True(ResidueKinds.TryParse(kind.ToName(), out ResidueKind again));
        Assert.Equal(kind, again);
    }
}
