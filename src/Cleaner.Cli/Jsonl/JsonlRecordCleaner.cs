using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

using Cleaner.Cli.Documents;
using Cleaner.Cli.Limits;

namespace Cleaner.Cli.Jsonl;

/// <summary>
/// Cleans one JSON Lines record: the string field named by <c>--field</c> is replaced by its cleaned text and every
/// other byte of the record is written back as it was (field order, spacing, escapes, numbers). With
/// <c>--explain-field</c>, the removed segments go to that field, replacing it or added as the record's last field.
/// Thread-safe: each call works on its own buffers.
/// </summary>
internal sealed class JsonlRecordCleaner
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly IDocumentCleaner _cleaner;
    private readonly LimitGuard _guard;
    private readonly byte[] _field;
    private readonly string _fieldName;
    private readonly byte[]? _explainField;
    private readonly byte[]? _explainPrefix;

    public JsonlRecordCleaner(IDocumentCleaner cleaner, LimitGuard guard, string field, string? explainField)
    {
        _cleaner = cleaner;
        _guard = guard;
        _fieldName = field;
        _field = System.Text.Encoding.UTF8.GetBytes(field);
        if (explainField is not null)
        {
            _explainField = System.Text.Encoding.UTF8.GetBytes(explainField);
            JsonEncodedText name = JsonEncodedText.Encode(explainField, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            _explainPrefix = [(byte)'"', .. name.EncodedUtf8Bytes, (byte)'"', (byte)':'];
        }
    }

    /// <summary>Cleans one line; never throws for bad input, which comes back as an error.</summary>
    public RecordOutcome Clean(JsonlLine line)
    {
        ReadOnlySpan<byte> bytes = line.Bytes;
        if (bytes.Trim(" \t"u8).IsEmpty)
        {
            return new RecordOutcome(line, line.Bytes, [], null, IsRecord: false);
        }

        try
        {
            return CleanRecord(line);
        }
        catch (JsonException ex)
        {
            return Fail(line, $"malformed JSON at byte {ex.BytePositionInLine + 1}: {WithoutPosition(ex.Message)}");
        }
        catch (InvalidOperationException ex)
        {
            return Fail(line, $"unreadable field '{_fieldName}': {ex.Message.TrimEnd('.')}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in cleaning must cost one record, reported, not the run.
            return Fail(line, $"internal error while cleaning: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static string WithoutPosition(string message)
    {
        int position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return position < 0 ? message : message[..position].TrimEnd('.', ' ');
    }

    private static RecordOutcome Fail(JsonlLine line, string error) => new(line, null, [], error, IsRecord: true);

    private RecordOutcome CleanRecord(JsonlLine line)
    {
        ReadOnlySpan<byte> bytes = line.Bytes;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return Fail(line, "the record is not a JSON object");
        }

        (long Start, long End) field = (-1, -1);
        (long Start, long End) explain = (-1, -1);
        JsonTokenType fieldType = JsonTokenType.None;
        string? text = null;
        bool hasProperties = false;
        long closingBrace = -1;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
            {
                closingBrace = reader.TokenStartIndex;
                break;
            }

            // At depth 1 every token here is a property name: values are read with their names.
            hasProperties = true;
            bool isField = field.Start < 0 && reader.ValueTextEquals(_field);
            bool isExplain = _explainField is not null && explain.Start < 0 && reader.ValueTextEquals(_explainField);
            reader.Read();
            long start = reader.TokenStartIndex;
            if (isField)
            {
                fieldType = reader.TokenType;
                if (fieldType == JsonTokenType.String)
                {
                    text = reader.GetString();
                }
            }

            reader.Skip();
            long end = reader.BytesConsumed;
            if (isField)
            {
                field = (start, end);
            }

            if (isExplain)
            {
                explain = (start, end);
            }
        }

        while (reader.Read())
        {
            // Reaching here means content after the object; the reader throws a JsonException for it.
        }

        if (field.Start < 0)
        {
            return Fail(line, $"the record has no field '{_fieldName}'");
        }

        if (text is null)
        {
            return Fail(line, $"the field '{_fieldName}' is {Describe(fieldType)}, not a string");
        }

        if (_guard.TryClean(_cleaner, text, out LimitProblem? problem) is not { } document)
        {
            return new RecordOutcome(line, null, [], null, IsRecord: true) { Limit = problem };
        }

        CleanResult result = document.Result;
        string source = document.Source;
        string cleaned = result.Text;
        if (cleaned.EndsWith('\n') && !text.EndsWith('\n'))
        {
            cleaned = cleaned[..^1];
        }

        var output = new ArrayBufferWriter<byte>(bytes.Length + 64);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        bool explainFirst = _explainField is not null && explain.Start >= 0 && explain.Start < field.Start;
        long position = 0;
        if (explainFirst)
        {
            position = Replace(bytes, position, explain, output, writer, w => WriteExplanation(w, source, result));
        }

        position = Replace(bytes, position, field, output, writer, w => w.WriteStringValue(cleaned));
        if (_explainField is not null && !explainFirst)
        {
            if (explain.Start >= 0)
            {
                position = Replace(bytes, position, explain, output, writer, w => WriteExplanation(w, source, result));
            }
            else
            {
                output.Write(bytes[(int)position..(int)closingBrace]);
                if (hasProperties)
                {
                    output.Write(","u8);
                }

                output.Write(_explainPrefix);
                position = Replace(bytes, closingBrace, (closingBrace, closingBrace), output, writer, w => WriteExplanation(w, source, result));
            }
        }

        output.Write(bytes[(int)position..]);
        return new RecordOutcome(line, output.WrittenSpan.ToArray(), result.Removed, null, IsRecord: true);
    }

    /// <summary>Copies the bytes up to <paramref name="range"/>, writes the new value in its place, and returns its end.</summary>
    private static long Replace(ReadOnlySpan<byte> bytes, long position, (long Start, long End) range, ArrayBufferWriter<byte> output,
        Utf8JsonWriter writer, Action<Utf8JsonWriter> write)
    {
        output.Write(bytes[(int)position..(int)range.Start]);
        writer.Reset(output);
        write(writer);
        writer.Flush();
        return range.End;
    }

    private static void WriteExplanation(Utf8JsonWriter writer, string text, CleanResult result)
    {
        writer.WriteStartArray();
        foreach (SegmentVerdict verdict in result.Removed)
        {
            Segment segment = verdict.Segment;
            writer.WriteStartObject();
            writer.WriteNumber("line"u8, segment.LineNumber);
            writer.WriteString("kind"u8, verdict.Kind.ToName());
            writer.WriteNumber("score"u8, Math.Round(verdict.Verdict.Score, 3));
            if (verdict.RuleId is { } rule)
            {
                writer.WriteString("rule"u8, rule);
            }

            writer.WriteString("text"u8, text.AsSpan(segment.Start, segment.Length));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "not a string",
    };
}
