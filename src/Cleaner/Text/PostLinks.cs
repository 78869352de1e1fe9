using System;

namespace Cleaner.Text;

/// <summary>Links that only an embedded social post carries in scraped text.</summary>
internal static class PostLinks
{
    /// <summary>
    /// Whether the line carries a post's picture link after some words ("Liftoff! pic.twitter.com/Unf1ScdVFB", "MPD shows
    /// photo of one of the suspects … pic.twitter.com/wuTZcL5dJa"): the text of a post quoted in the story, which reads
    /// like a headline or a caption but is neither. A bare link alone is the post's residue, not its text.
    /// </summary>
    internal static bool IsPostText(ReadOnlySpan<char> line)
    {
        int link = line.IndexOf("pic.twitter.com/", StringComparison.OrdinalIgnoreCase);
        return link > 0 && !line[..link].Trim().IsEmpty;
    }
}
