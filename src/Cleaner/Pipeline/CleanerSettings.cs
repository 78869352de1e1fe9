using System.Runtime.InteropServices;

namespace Cleaner;

/// <summary>The frozen settings of a <see cref="CleanerPipeline"/>.</summary>
/// <param name="Preset">How eager the pipeline is to remove lines.</param>
/// <param name="RemovedKinds">The kinds that are removed; others are labelled and kept.</param>
/// <param name="Language">The documents' language, or <see cref="Language.Auto"/>.</param>
/// <param name="IncludeKeptSegments">Whether results list kept segments too.</param>
/// <param name="MaxLineLength">Lines longer than this are kept without being classified.</param>
/// <param name="MaxDocumentLength">Documents with more characters than this are not analysed (see <paramref name="LimitBehavior"/>).</param>
/// <param name="MaxLineCount">Documents with more lines than this are not analysed (see <paramref name="LimitBehavior"/>).</param>
/// <param name="LimitBehavior">What happens to a document over <paramref name="MaxDocumentLength"/> or <paramref name="MaxLineCount"/>.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct CleanerSettings(
    CleanerPreset Preset, ResidueKindSet RemovedKinds, Language Language, bool IncludeKeptSegments, int MaxLineLength,
    int MaxDocumentLength = CleanerPipelineBuilder.DefaultMaxDocumentLength,
    int MaxLineCount = CleanerPipelineBuilder.DefaultMaxLineCount,
    LimitBehavior LimitBehavior = LimitBehavior.Throw)
{
    /// <summary>The lowest score at which a verdict removes a line.</summary>
    public float Threshold => Preset switch
    {
        CleanerPreset.Precision => 0.85f,
        CleanerPreset.Recall => 0.5f,
        _ => 0.65f,
    };

    /// <summary>The longest run of undecided short lines that context absorbs between residue lines.</summary>
    public int AbsorbedRun => Preset switch
    {
        CleanerPreset.Precision => 1,
        CleanerPreset.Recall => 3,
        _ => 2,
    };
}
