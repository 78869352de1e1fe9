namespace Cleaner.Cli.Tests.Infrastructure;

/// <summary>Small articles with known residue.</summary>
public static class Samples
{
    /// <summary>A small saved page: an article with a share bar and a footer around it.</summary>
    public const string HtmlPage = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Council approves budget</title></head>
        <body>
        <nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
        <article>
        <h1>Council approves budget</h1>
        <p>The council voted on Tuesday to approve the new budget, which includes funding for road repairs and new schools across the city.</p>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
        <p>Officials said the plan would be reviewed again next year, after the results of the first phase of the work are known to the public.</p>
        <p>Residents will be able to comment on the plan at a series of public meetings planned for the spring, the mayor's office said.</p>
        </article>
        <footer>&copy; 2019 Example News. All rights reserved.</footer>
        </body></html>
        """;

    public const string Body1 = "The mayor said on Monday that the city would rebuild the bridge within two years, at a cost of $40 million.";
    public const string Body2 = "Officials expect the work to begin next spring after a public consultation.";

    public const string Article =
        "Leave a comment\n" +
        Body1 + "\n" +
        "Share this article\n" +
        "Read more: Bridge collapse kills two\n" +
        "Advertisement\n" +
        Body2 + "\n" +
        "Copyright 2024 Example News. All rights reserved.\n";

    /// <summary>An article whose body line carries a marker so tests can tell documents apart.</summary>
    public static string Numbered(int n) =>
        "Leave a comment\n" +
        $"Document number {n} reports that the council approved the new budget for the coming fiscal year.\n" +
        "Advertisement\n";
}
