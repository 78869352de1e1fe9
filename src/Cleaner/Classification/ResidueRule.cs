using System;

namespace Cleaner;

/// <summary>
/// A named rule that can decide a segment: what explain output and JSON results show as the reason. Rules are
/// immutable and compared by reference; their <see cref="Id"/> is stable across versions.
/// </summary>
public sealed class ResidueRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">A stable dotted identifier, family first ("comments.prompt").</param>
    /// <param name="kind">The residue kind the rule recognises; <see cref="ResidueKind.None"/> for rules that keep body.</param>
    /// <param name="description">One sentence saying what the rule recognises, for explain output.</param>
    public ResidueRule(string id, ResidueKind kind, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(description);
        Id = id;
        Kind = kind;
        Description = description;
    }

    /// <summary>The stable dotted identifier ("related-links.prefix").</summary>
    public string Id { get; }

    /// <summary>The residue kind the rule recognises.</summary>
    public ResidueKind Kind { get; }

    /// <summary>What the rule recognises, in one sentence.</summary>
    public string Description { get; }

    /// <summary>
    /// Whether a line this rule removes opens a section of residue (a comment section, a footer, a list of other
    /// headlines): the context pass then also removes the lines after it that are not clearly body, until the
    /// article resumes.
    /// </summary>
    public bool OpensSection { get; init; }

    /// <summary>
    /// A stronger score for lines at the edge of the document: when only removed lines (or nothing) separate a line
    /// with this rule's verdict from the start or the end of the input, the context pass raises its score to this
    /// value. A lone date is a page stamp at the top or bottom, but more often content inside the article. Zero (the
    /// default) means no such promotion. Being decided by what is removed rather than by line numbers, the promotion
    /// gives the same answer when the cleaned text is cleaned again.
    /// </summary>
    public float EdgeScore { get; init; }

    /// <summary>
    /// Whether the rule recognises a prompt addressed to the reader ("Join the conversation", "Sign up for …", "Share
    /// your story"). Such a prompt never reports what someone said: a line this rule claims that has a reporting word
    /// ("said", "told", "according to", in the supported languages) is a story's sentence that starts like a prompt
    /// ("Comments on this proposal are due Friday, the agency said."), and the pipeline drops the claim.
    /// </summary>
    public bool AddressesTheReader { get; init; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
