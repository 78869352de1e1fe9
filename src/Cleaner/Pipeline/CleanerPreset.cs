namespace Cleaner;

/// <summary>How eager the pipeline is to remove lines.</summary>
public enum CleanerPreset : byte
{
    /// <summary>
    /// The default: removes a line when a classifier is fairly sure (score at least 0.65), lets context absorb short
    /// runs of up to two undecided lines between residue.
    /// </summary>
    Balanced = 0,

    /// <summary>
    /// Removes only what a classifier is sure of (score at least 0.85) and absorbs at most one undecided line: for
    /// corpora where every lost body line is costly.
    /// </summary>
    Precision,

    /// <summary>
    /// Removes lines from a score of 0.5 and absorbs runs of up to three undecided lines: for search indexes and
    /// pre-training text, where residue costs more than an occasional lost short line.
    /// </summary>
    Recall,
}
