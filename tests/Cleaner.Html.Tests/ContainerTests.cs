using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Cleaner.Html.Extraction;

namespace Cleaner.Html.Tests;

/// <summary>The article container: SmartReader's choice, and the safeguards against a container that loses body.</summary>
public class ContainerTests
{
    private static readonly string[] Story =
    [
        "Horror stories about the taxi company have been common in recent months, but there is still much to learn from how it handled the crisis downtown last week.",
        "A number of experts have challenged the idea that the explosion of violence in the café was terrorism, since the attacker was unbalanced and acted alone.",
        "The company had an interesting, if predictable, response to the panic and the mayhem in the streets: it raised its prices, and by a lot.",
        "Despite the expression of shared concern, there is no sense of civic duty to be found in the statement that follows, only a transaction at market value.",
        "There was once a time when we might have read of hero cab drivers placing themselves in harm's way to rescue their fellow citizens from danger.",
        "Instead, we are told that the pricing surge was the company's expression of concern, and that the market should govern how people behave in a crisis.",
        "Where would this kind of practice leave poor or middle-income citizens in a time of crisis, if they cannot afford the price that the algorithm sets?",
        "One of the lessons of the week is this: the company's philosophy is that life belongs to the highest bidder, and that every service has its price.",
        "If nothing else, the experience should prove once and for all that there is no such thing as a sharing economy, only companies with fewer rules.",
    ];

    /// <summary>A story whose second part sits in a wrapper a script reveals on scrolling (<c>class="… hideOnInit"</c>).</summary>
    private static string SplitStory(string wrapperClass)
    {
        var html = new StringBuilder("<html><head><title>The sharing economy is a lie</title></head><body>");
        html.Append("<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/tech\">Tech</a></nav></header>");
        html.Append("<div class=\"article\"><h1>The sharing economy is a lie</h1><div class=\"articleContent\">");
        foreach (string paragraph in Story.Take(4))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("<div class=\"").Append(wrapperClass).Append("\">");
        foreach (string paragraph in Story.Skip(4))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div></div></div><footer><p>Copyright 2015 Example Media.</p></footer></body></html>");
        return html.ToString();
    }

    [Fact]
    public void A_class_that_only_contains_hid_does_not_cost_the_article_its_second_part()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(SplitStory("toggle-group target hideOnInit"));

        Assert.Equal(HtmlSource.Article, result.Source);
        Assert.All(Story, paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hid", true)]
    [InlineData("post hid", true)]
    [InlineData("hid post", true)]
    [InlineData("post hid box", true)]
    [InlineData("hidden", true)]
    [InlineData("sidebar", true)]
    [InlineData("toggle-group target hideOnInit", false)]
    [InlineData("hide-for-small", false)]
    [InlineData("chidori", false)]
    [InlineData("articleContent", false)]
    public void The_negative_class_pattern_reads_hid_as_a_whole_class_name(string classes, bool negative) =>
        Assert.Equal(negative, Regex.IsMatch(classes, ArticleLocator.NegativeClassPattern, RegexOptions.IgnoreCase));
}
