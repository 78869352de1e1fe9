using System;
using System.IO;
using System.Text;

namespace Cleaner.Html.Tests;

public class CharsetTests
{
    private const string Body = "Le café de la gare a rouvert ses portes après des mois de travaux, à la grande joie des habitués.";

    private static readonly HtmlCleanerOptions WholePage = HtmlCleanerOptions.Default with { UseArticleExtraction = false };

    private static Encoding CodePage(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    private static string Page(string meta) => $"<html><head>{meta}<title>t</title></head><body><p>{Body}</p></body></html>";

    [Fact]
    public void Meta_charset_is_honoured()
    {
        byte[] bytes = CodePage(1252).GetBytes(Page("<meta charset=\"windows-1252\">"));
        Assert.Equal(Body + "\n", HtmlCleaner.Clean(bytes, WholePage).Text);
    }

    [Fact]
    public void Meta_http_equiv_content_type_is_honoured()
    {
        byte[] bytes = CodePage(1252).GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"));
        Assert.Equal(Body + "\n", HtmlCleaner.Clean(bytes, WholePage).Text);
    }

    [Fact]
    public void Cyrillic_code_page_from_meta()
    {
        const string russian = "Городской совет одобрил ремонт старого моста через реку.";
        byte[] bytes = CodePage(1251).GetBytes($"<html><head><meta charset='windows-1251'></head><body><p>{russian}</p></body></html>");
        Assert.Equal(russian + "\n", HtmlCleaner.Clean(bytes, WholePage).Text);
    }

    [Fact]
    public void Byte_order_mark_wins_over_meta_and_caller()
    {
        string page = Page("<meta charset=\"windows-1252\">");
        byte[] utf8 = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(page)];
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(page)];
        byte[] utf16BigEndian = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(page)];

        Assert.Equal(Body + "\n", HtmlCleaner.Clean(utf8, WholePage, encoding: CodePage(1252)).Text);
        Assert.Equal(Body + "\n", HtmlCleaner.Clean(utf16, WholePage).Text);
        Assert.Equal(Body + "\n", HtmlCleaner.Clean(utf16BigEndian, WholePage).Text);
    }

    [Fact]
    public void Caller_encoding_wins_over_meta()
    {
        byte[] bytes = CodePage(1252).GetBytes(Page("<meta charset=\"utf-8\">"));
        Assert.Equal(Body + "\n", HtmlCleaner.Clean(bytes, WholePage, encoding: CodePage(1252)).Text);
        using var stream = new MemoryStream(bytes);
        Assert.Equal(Body + "\n", HtmlCleaner.Clean(stream, WholePage, encoding: CodePage(1252)).Text);
    }

    [Fact]
    public void Without_declaration_utf8_is_assumed_and_invalid_utf8_read_as_windows_1252()
    {
        Assert.Equal(Body + "\n", HtmlCleaner.Clean(Encoding.UTF8.GetBytes(Page("")), WholePage).Text);
        Assert.Equal(Body + "\n", HtmlCleaner.Clean(CodePage(1252).GetBytes(Page("")), WholePage).Text);
    }

    [Fact]
    public void Unknown_charset_label_falls_back()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"x-no-such-charset\">"));
        Assert.Equal(Body + "\n", HtmlCleaner.Clean(bytes, WholePage).Text);
    }
}
