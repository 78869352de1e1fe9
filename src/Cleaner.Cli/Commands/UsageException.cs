using System;

namespace Cleaner.Cli.Commands;

/// <summary>A mistake in the command line or in a file it names (such as the rules file): exit code 2, nothing cleaned.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
