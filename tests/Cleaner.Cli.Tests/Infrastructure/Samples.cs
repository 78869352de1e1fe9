namespace Cleaner.Cli.Tests.Infrastructure;

/// <summary>Small articles with known residue.</summary>
public static class Samples
{
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
