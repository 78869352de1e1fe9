using Cleaner.Html.Markup;

namespace Cleaner.Html.Tests;

public class ClassHintsTests
{
    [Theory]
    [InlineData("share-bar", ClassHint.Social)]
    [InlineData("social-icons sharing", ClassHint.Social)]
    [InlineData("related-posts", ClassHint.Related)]
    [InlineData("comments", ClassHint.Comments)]
    [InlineData("commentary", ClassHint.None)]
    [InlineData("newsletter-signup", ClassHint.Subscription)]
    [InlineData("promo ad", ClassHint.Advertisement)]
    [InlineData("wp-caption-text", ClassHint.Caption)]
    [InlineData("photo-credit", ClassHint.Caption)]
    [InlineData("byline", ClassHint.Byline)]
    [InlineData("breadcrumbs", ClassHint.Breadcrumb)]
    [InlineData("post-tags", ClassHint.Tags)]
    [InlineData("post-upperdek", ClassHint.Kicker)]
    [InlineData("story-kicker", ClassHint.Kicker)]
    [InlineData("toc", ClassHint.Contents)]
    [InlineData("article-table-of-contents", ClassHint.Contents)]
    [InlineData("article-posted-date", ClassHint.Date)]
    [InlineData("storytimestamp", ClassHint.Date)]
    [InlineData("cnnDateStamp", ClassHint.Date)]
    [InlineData("update updated-content", ClassHint.None)]
    [InlineData("o-rating bg-rating-85", ClassHint.Rating)]
    [InlineData("category-news tag-bridges", ClassHint.None)]
    [InlineData("header shadow", ClassHint.None)]
    [InlineData("loading", ClassHint.None)]
    [InlineData("", ClassHint.None)]
    public void Class_tokens_map_to_hints(string value, ClassHint expected)
    {
        Assert.Equal(expected, ClassHints.Parse(value));
    }

    [Fact]
    public void Ids_that_are_heading_slugs_give_no_hint()
    {
        Assert.Equal(ClassHint.None, ClassHints.ParseId("sharing-with-a-single-developer"));
        Assert.Equal(ClassHint.Comments, ClassHints.ParseId("comments"));
    }
}
