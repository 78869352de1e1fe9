using System;

namespace Cleaner.Html;

/// <summary>Thrown when a page cannot be cleaned: it is larger than allowed or its bytes cannot be decoded.</summary>
public sealed class HtmlCleanerException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public HtmlCleanerException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public HtmlCleanerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    public HtmlCleanerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
