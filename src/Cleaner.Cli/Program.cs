// Placeholder entry point; the real command line arrives with the CLI work.
using System;
using System.IO;
using Cleaner;

string text = args.Length > 0 ? File.ReadAllText(args[0]) : Console.In.ReadToEnd();
Console.Out.Write(TextCleaner.Clean(text).Text);
return 0;
