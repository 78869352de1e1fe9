using System;
using System.Linq;
using System.Text;

namespace Cleaner.Html.Tests;

/// <summary>Figures without figure markup: a box that holds an image and then one line of text.</summary>
public class ImageBoxTests
{
    private const string Caption = "The steep landscape makes harvesting the grapes a challenge";

    private const string Bio = "Jane Doe covers the city council. Since joining the paper, she has covered schools, courts and the river towns.";

    /// <summary>The story with, after its second paragraph, a box of an image (inside a link) and <paramref name="text"/>.</summary>
    private static string StoryWithBox(string text, string tag = "p")
    {
        var html = new StringBuilder("<html><head><title>Council approves bridge repairs</title></head><body><div id=\"story\"><h1>Council approves bridge repairs</h1>");
        for (int i = 0; i < Pages.Paragraphs.Length; i++)
        {
            html.Append("<p>").Append(Pages.Paragraphs[i]).Append("</p>");
            if (i == 1)
            {
                html.Append("<div class=\"picBox\"> <a href=\"#\"><img src=\"/bridge.jpg\" alt=\"The bridge\"></a> <").Append(tag).Append('>')
                    .Append(text).Append("</").Append(tag).Append("> </div>");
            }
        }

        return html.Append("</div></body></html>").ToString();
    }

    [Fact]
    public void The_line_under_an_image_in_a_box_is_a_caption()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithBox(Caption));

        HtmlBlock caption = result.Blocks.Single(b => b.Text == Caption);
        Assert.True(caption.IsRemoved);
        Assert.Equal(ResidueKind.Caption, caption.Kind);
        Assert.True(caption.Markup.Context.HasFlag(MarkupContext.Figure));
        foreach (string paragraph in Pages.Paragraphs)
        {
            Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sentences_beside_a_photo_are_not_a_caption()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithBox(Bio));

        Assert.False(result.Blocks.Single(b => b.Text == Bio).Markup.Context.HasFlag(MarkupContext.Figure));
    }

    [Fact]
    public void A_story_paragraph_after_an_image_stays()
    {
        // One long sentence beside an image: the figure context is given, but the guard for prose keeps it.
        string paragraph = "The bridge, which was built in 1911 and has carried traffic across the river for more than a century, " +
                           "will be closed to trucks until the engineers have replaced the supports damaged in the spring floods";
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithBox(paragraph));

        Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Captions_can_be_disabled_like_figure_captions()
    {
        CleanerPipeline keepCaptions = new CleanerPipelineBuilder().Disable(ResidueKind.Caption).Build();
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithBox(Caption), keepCaptions);

        Assert.Contains(Caption, result.Text, StringComparison.Ordinal);
    }
}
