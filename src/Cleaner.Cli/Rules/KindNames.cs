using System.Linq;

namespace Cleaner.Cli.Rules;

/// <summary>Residue kind names as the command line spells them.</summary>
internal static class KindNames
{
    /// <summary>Every residue kind name, comma-separated, for messages and help.</summary>
    public static string All { get; } = string.Join(", ", ResidueKinds.All.Select(k => k.ToName()));
}
