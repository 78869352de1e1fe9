using System.Collections.Generic;

namespace Cleaner.Classification;

/// <summary>Collects the phrases of a classifier and freezes them into a <see cref="PhraseSet"/>.</summary>
internal sealed class PhraseListBuilder
{
    private readonly List<(string, PhraseMatch, PhraseHit)> _items = [];

    /// <summary>Adds phrases that claim <paramref name="rule"/> with <paramref name="score"/> on lines up to <paramref name="maxLength"/>.</summary>
    public PhraseListBuilder Add(ResidueRule rule, PhraseMatch match, float score, int maxLength, params string[] phrases)
    {
        var hit = new PhraseHit(rule, score, maxLength);
        foreach (string phrase in phrases)
        {
            _items.Add((phrase, match, hit));
        }

        return this;
    }

    public PhraseSet Build() => new(_items);
}
