using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Shortlist.Parsing.Text;

/// <summary>PDF text with PdfPig, page by page, in reading order (two-column pages read left column first).</summary>
internal static class PdfText
{
    private const int MaxLettersPerPage = 100_000;

    public static ExtractedText Extract(byte[] content, string fileName, ParseLimits limits, Budget budget)
    {
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            budget.Check();
            if (document.IsEncrypted && !CanRead(document))
                throw new ParseException(ParseProblem.Encrypted, "The PDF is protected by a password.");
            var pages = document.NumberOfPages;
            if (pages > limits.MaxPages) throw new ParseException(ParseProblem.TooComplex, $"The PDF has {pages} pages; at most {limits.MaxPages} are read.");
            var text = new StringBuilder();
            for (var number = 1; number <= pages; number++)
            {
                budget.Check();
                var page = document.GetPage(number);
                if (page.Letters.Count > MaxLettersPerPage) throw new ParseException(ParseProblem.TooComplex, $"Page {number} of the PDF holds too much text.");
                PdfLayout.AppendPage(page.GetWords().ToList(), text);
                text.Append('\n');
                if (text.Length > limits.MaxCharacters)
                    throw new ParseException(ParseProblem.TooLarge, $"The file holds more than {limits.MaxCharacters:N0} characters of text.");
            }
            return new ExtractedText(text.ToString(), SourceFormat.Pdf, fileName, pages);
        }
        catch (ParseException) { throw; }
        catch (PdfDocumentEncryptedException e) { throw new ParseException(ParseProblem.Encrypted, "The PDF is protected by a password.", e); }
        catch (Exception e) when (e is not OutOfMemoryException and not InsufficientExecutionStackException and not StackOverflowException)
        {
            if (e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
                throw new ParseException(ParseProblem.Encrypted, "The PDF is protected by a password.", e);
            throw new ParseException(ParseProblem.Corrupt, "The PDF is damaged and cannot be read.", e);
        }
        catch (InsufficientExecutionStackException e) { throw new ParseException(ParseProblem.TooComplex, "The PDF is nested too deeply.", e); }
    }

    private static bool CanRead(PdfDocument document)
    {
        try { return document.NumberOfPages >= 0 && document.GetPage(1) is not null; }
        catch (PdfDocumentEncryptedException) { return false; }
    }
}
