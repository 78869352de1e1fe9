using System.Collections.Generic;
using Cleaner.Cli.Limits;
using Cleaner.Cli.Rules;

namespace Cleaner.Cli.Commands;

/// <summary>Builds the one <see cref="CleanerPipeline"/> a run shares between its workers.</summary>
internal static class PipelineFactory
{
    /// <summary>Builds the pipeline from the preset, kind switches and user rules.</summary>
    public static CleanerPipeline Build(CleanerPreset preset, IEnumerable<ResidueKind> disabled, IEnumerable<ResidueKind> enabled,
        IEnumerable<UserRule> rules, LimitOptions limits, bool includeKept)
    {
        // Always Throw: the CLI, not the library, decides what passing through means (the input's bytes, unchanged).
        var builder = new CleanerPipelineBuilder().UsePreset(preset).IncludeKept(includeKept)
            .UseMaxDocumentLength(limits.MaxDocumentLength)
            .UseMaxLineCount(limits.MaxLineCount)
            .UseMaxLineLength(limits.MaxLineLength)
            .UseLimitBehavior(LimitBehavior.Throw);
        foreach (ResidueKind kind in enabled)
        {
            builder.Enable(kind);
        }

        foreach (ResidueKind kind in disabled)
        {
            builder.Disable(kind);
        }

        foreach (UserRule rule in rules)
        {
            builder.AddRule(rule);
        }

        return builder.Build();
    }

    /// <summary>Parses residue kind names given to <c>--enable</c> or <c>--disable</c>.</summary>
    /// <exception cref="UsageException">A name is not a residue kind.</exception>
    public static List<ResidueKind> ParseKinds(IEnumerable<string> names, string option)
    {
        var kinds = new List<ResidueKind>();
        foreach (string name in names)
        {
            foreach (string part in name.Split(','))
            {
                if (!ResidueKinds.TryParse(part, out ResidueKind kind) || kind == ResidueKind.None)
                {
                    throw new UsageException($"{option}: unknown residue kind '{part}' (known: {KindNames.All})");
                }

                kinds.Add(kind);
            }
        }

        return kinds;
    }
}
