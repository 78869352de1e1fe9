using System;
using Cleaner.Html.Markup;

namespace Cleaner.Html.Tests;

public class LinkTargetTests
{
    private static readonly Uri Page = new("http://fakehost/test/page.html");

    [Theory]
    [InlineData("#section-2", "InPage")]
    [InlineData("http://fakehost/test/page.html#history", "InPage")]
    [InlineData("http://fakehost/test/other.html#history", "Other")]
    [InlineData("#", "Other")]
    [InlineData("#!/route", "Other")]
    [InlineData("/information-technology/", "Section")]
    [InlineData("http://www.breitbart.com/tech/", "Section")]
    [InlineData("https://www.bbc.com/news/world-us-canada", "Section")]
    [InlineData("/news/world-us-canada-33646563", "Other")] // a story's id
    [InlineData("/2015/04/just-released-minecraft-exploit/", "Other")]
    [InlineData("/news/council-approves-bridge-repairs", "Other")] // a story's slug
    [InlineData("/authors/jane-doe", "Other")]
    [InlineData("/wiki/Barack_Obama", "Other")]
    [InlineData("/", "Other")]
    [InlineData("/search?q=bridge", "Other")]
    [InlineData("/tag/whales", "Tag")]
    [InlineData("https://www.example.com/topics/new-zealand/", "Tag")]
    [InlineData("https://blog.example.com/search/label/FPGA", "Tag")]
    [InlineData("/category/news/local", "Tag")]
    [InlineData("/tag/", "Section")] // the list of all tags, not one tag page
    [InlineData("https://twitter.com/intent/tweet?url=x", "Share")]
    [InlineData("https://twitter.com/share?text=x", "Share")]
    [InlineData("https://twitter.com/WestHam", "Other")]
    [InlineData("https://www.facebook.com/sharer/sharer.php?u=x", "Share")]
    [InlineData("https://www.linkedin.com/shareArticle?url=x", "Share")]
    [InlineData("mailto:?subject=Read%20this", "Share")]
    [InlineData("mailto:desk@example.com", "Other")]
    [InlineData("javascript:void(0)", "Other")]
    [InlineData("//www.example.com/tag/whales", "Tag")] // protocol-relative
    [InlineData("tech/", "Section")] // relative to the page's folder
    [InlineData("file:///tech/", "Other")]
    [InlineData("", "Other")]
    [InlineData(null, "Other")]
    public void Addresses_are_read_for_the_kind_of_page_they_point_to(string? href, string expected)
    {
        Assert.Equal(Enum.Parse<LinkTarget>(expected), LinkTargets.Classify(href, Page));
    }

    [Theory]
    [InlineData("HTTP://WWW.Twitter.com/Intent/tweet?x=1")]
    [InlineData("https://www.facebook.com")]
    [InlineData("https://facebook.com/sharer")]
    [InlineData("//x.com/intent")]
    [InlineData("https://example.com")]
    [InlineData("https://example.com?x=1")]
    [InlineData("https://example.com:8080/tag/whales")]
    [InlineData("https://user@example.com/tag/whales")]
    [InlineData("/a/./tag/whales")]
    [InlineData("/news/../tag/whales")]
    [InlineData("/%74ag/whales")]
    [InlineData("/Tag/Whales")]
    [InlineData("/tag/whales/page/2")]
    [InlineData("/news/?")]
    [InlineData("/news/?#top")]
    [InlineData("/about/team")]
    [InlineData("/About/")]
    [InlineData("tech")]
    [InlineData("tech/world?x")]
    [InlineData("?page=2")]
    [InlineData("./tech/")]
    [InlineData("/news/world us")]
    [InlineData("/nachrichten/über")]
    [InlineData("/tech\\world")]
    [InlineData("https://example.com/tech#")]
    [InlineData("javascript:void(0)")]
    [InlineData("/a:b/")]
    public void The_fast_reading_of_plain_addresses_agrees_with_Uri(string href) =>
        Assert.Equal(LinkTargets.ClassifyByUri(href.AsSpan().Trim(), null), LinkTargets.Classify(href));
}
