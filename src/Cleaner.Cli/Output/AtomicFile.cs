using System;
using System.IO;

namespace Cleaner.Cli.Output;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never a part: the content goes to a
/// temporary file in the same folder, which then replaces the target with a single rename.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Opens a temporary file next to <paramref name="path"/>; call <see cref="Commit"/> or <see cref="Discard"/>.</summary>
    public static FileStream CreateTemporary(string path, out string temporaryPath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        temporaryPath = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        return new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>Moves the finished temporary file over <paramref name="path"/>.</summary>
    public static void Commit(string temporaryPath, string path) => File.Move(temporaryPath, path, overwrite: true);

    /// <summary>Deletes a temporary file that will not be committed; never throws.</summary>
    public static void Discard(string temporaryPath)
    {
        try
        {
            File.Delete(temporaryPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the name marks it as a leftover temporary file.
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        FileStream stream = CreateTemporary(path, out string temporary);
        bool committed = false;
        try
        {
            using (stream)
            {
                stream.Write(bytes);
            }

            Commit(temporary, path);
            committed = true;
        }
        finally
        {
            if (!committed)
            {
                Discard(temporary);
            }
        }
    }
}
