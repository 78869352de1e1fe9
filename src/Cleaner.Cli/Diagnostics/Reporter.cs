using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace Cleaner.Cli.Diagnostics;

/// <summary>
/// Writes errors, warnings and notes to standard error, each prefixed with <c>clean:</c>. While a progress display owns
/// the terminal, messages are held back and written when it ends, so the two never interleave. Thread-safe.
/// </summary>
internal sealed class Reporter
{
    private readonly TextWriter _error;
    private readonly Lock _gate = new();
    private readonly List<string> _held = [];
    private bool _holding;
    private int _errorCount;

    public Reporter(TextWriter error, bool quiet)
    {
        _error = error;
        Quiet = quiet;
    }

    /// <summary>Whether warnings and notes are suppressed (errors never are).</summary>
    public bool Quiet { get; }

    /// <summary>The number of errors reported so far.</summary>
    public int ErrorCount => Volatile.Read(ref _errorCount);

    public void Error(string message)
    {
        Interlocked.Increment(ref _errorCount);
        Write("clean: error: " + message);
    }

    /// <summary>Reports something the user must learn of even when quiet (a record passed through unchanged).</summary>
    public void Notice(string message) => Write("clean: " + message);

    public void Warning(string message)
    {
        if (!Quiet)
        {
            Write("clean: warning: " + message);
        }
    }

    /// <summary>Writes a line as it is (no prefix), unless quiet: the summary uses it.</summary>
    public void Note(string line)
    {
        if (!Quiet)
        {
            Write(line);
        }
    }

    /// <summary>Holds messages back until <see cref="Release"/>: a progress display is drawing on standard error.</summary>
    public void Hold()
    {
        lock (_gate)
        {
            _holding = true;
        }
    }

    /// <summary>Writes the held messages and stops holding.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _holding = false;
            foreach (string line in _held)
            {
                _error.WriteLine(line);
            }

            _held.Clear();
            _error.Flush();
        }
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            if (_holding)
            {
                _held.Add(line);
                return;
            }

            _error.WriteLine(line);
            _error.Flush();
        }
    }
}
