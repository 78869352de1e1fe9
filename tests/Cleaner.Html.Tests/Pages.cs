using System.Text;

namespace Cleaner.Html.Tests;

/// <summary>Small handmade pages.</summary>
internal static class Pages
{
    public static readonly string[] Paragraphs =
    [
        "The city council voted on Tuesday to approve a new budget that will fund repairs to the old bridge across the river, which has been closed to heavy traffic since the spring floods damaged its supports.",
        "Engineers told the council that the work would take about eighteen months and that the bridge would stay open to cars and bicycles for most of that time, with only a few weekend closures.",
        "Residents who spoke at the meeting said they were relieved that the repairs were finally going ahead, although several of them asked why the decision had taken so long to reach.",
        "The mayor said the delay was caused by a dispute with the state over who should pay for the work, and that the two sides had agreed last month to split the cost between them.",
        "Local businesses near the bridge have complained for months that the closure to trucks has hurt their deliveries, and some of them said they hoped the repairs would bring customers back.",
        "The council will hold another public meeting next month to discuss the schedule of the work and to hear from residents who live along the detour routes that trucks have been using.",
    ];

    public const string Heading = "Why the repairs took so long";
    public const string Caption = "The old bridge seen from the east bank at dusk. Photo: Jane Doe/Example Agency";
    public const string Share = "Share on Facebook";
    public const string Related = "Mayor unveils plan for new riverside park";

    /// <summary>A news page: masthead menu, article with a figure, a heading and a share bar, an aside of related links, a footer.</summary>
    public static string NewsPage()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Council approves bridge repairs</title></head><body>");
        html.Append("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>");
        html.Append("<main><article class=\"story\"><h1>Council approves bridge repairs</h1>");
        html.Append("<div class=\"share-bar\"><a href=\"#fb\">").Append(Share).Append("</a> <a href=\"#tw\">Tweet</a> <a href=\"#mail\">Email</a></div>");
        html.Append("<p>").Append(Paragraphs[0]).Append("</p>");
        html.Append("<figure><img src=\"bridge.jpg\" alt=\"\"><figcaption>").Append(Caption).Append("</figcaption></figure>");
        html.Append("<p>").Append(Paragraphs[1]).Append("</p><p>").Append(Paragraphs[2]).Append("</p>");
        html.Append("<h2>").Append(Heading).Append("</h2>");
        html.Append("<p>").Append(Paragraphs[3]).Append("</p><p>").Append(Paragraphs[4]).Append("</p><p>").Append(Paragraphs[5]).Append("</p>");
        html.Append("</article>");
        html.Append("<aside class=\"related\"><h3>Related stories</h3><ul>");
        html.Append("<li><a href=\"/a\">").Append(Related).Append("</a></li>");
        html.Append("<li><a href=\"/b\">Bus routes to change in the new year</a></li>");
        html.Append("<li><a href=\"/c\">River levels expected to rise this weekend</a></li></ul></aside></main>");
        html.Append("<footer><p>Copyright 2024 Example News. All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></p></footer>");
        html.Append("</body></html>");
        return html.ToString();
    }
}
