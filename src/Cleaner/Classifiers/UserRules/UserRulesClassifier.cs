using System.Collections.Generic;
using System.Linq;
using Cleaner.Classification;

namespace Cleaner.Classifiers.UserRules;

/// <summary>Applies the user's phrase and pattern rules. Built by the pipeline builder when rules were added.</summary>
internal sealed class UserRulesClassifier : SegmentClassifier
{
    private readonly PhraseSet _phrases;
    private readonly UserRule[] _patterns;

    public UserRulesClassifier(IReadOnlyList<UserRule> rules)
    {
        var builder = new PhraseListBuilder();
        foreach (UserRule rule in rules.Where(r => r.Phrase is not null))
        {
            builder.Add(rule.Rule, rule.Match, rule.Score, int.MaxValue, rule.Phrase!);
        }

        _phrases = builder.Build();
        _patterns = rules.Where(r => r.Pattern is not null).ToArray();
    }

    public override string Name => "user-rules";

    // User rules may name any kind; the pipeline filters switched-off kinds per verdict.
    public override ResidueKind Kind => ResidueKind.None;

    public override Verdict Classify(in SegmentContext context)
    {
        Verdict best = Verdict.None;
        if (!_phrases.IsEmpty && _phrases.TryMatch(context, out PhraseHit hit))
        {
            best = Verdict.From(hit.Rule, hit.Score);
        }

        foreach (UserRule rule in _patterns)
        {
            if (rule.Score > best.Score && rule.Pattern!.IsMatch(context.Text))
            {
                best = Verdict.From(rule.Rule, rule.Score);
            }
        }

        return best;
    }
}
