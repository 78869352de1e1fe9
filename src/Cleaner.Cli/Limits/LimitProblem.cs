namespace Cleaner.Cli.Limits;

/// <summary>Why a document was not cleaned: it exceeded a limit, or its cleaning ran past the timeout.</summary>
/// <param name="Message">What was exceeded and which option raises it, for messages.</param>
/// <param name="TimedOut">Whether the problem is the timeout rather than a size limit.</param>
internal sealed record LimitProblem(string Message, bool TimedOut);
