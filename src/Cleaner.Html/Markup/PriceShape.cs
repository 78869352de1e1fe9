using System;
using System.Text.RegularExpressions;

namespace Cleaner.Html.Markup;

/// <summary>Recognises a block whose whole text is a price: "$610.00", "From $610.00", "£29.99", "€ 1.299,00", "499 €".</summary>
internal static partial class PriceShape
{
    /// <summary>Whether <paramref name="text"/> is nothing but a price, optionally after "from", "starting at", "only", "now" or "was".</summary>
    public static bool IsPrice(string text) =>
        text.Length <= 40 && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && Pattern().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:from|starting at|starts at|only|now|was|price:?)\s*)?(?:(?:US|CA|AU|NZ)?[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?[$€£¥]|(?:USD|EUR|GBP)\s?\d[\d,.]*)(?:\s*(?:USD|EUR|GBP))?\*?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Pattern();
}
