using Shortlist.Parsing.Text;

namespace Shortlist.Web.Cli;

/// <summary>Files named on the command line: read within the parsing size limit, and every failure told in one line.</summary>
internal static class InputFiles
{
    /// <summary>The file's bytes; a missing file is a <see cref="FileNotFoundException"/>, a too-large one a <see cref="ParseException"/>.</summary>
    public static byte[] ReadLimited(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException("no such file", path);
        if (info.Length > ParseLimits.Default.MaxBytes) throw new ParseException(ParseProblem.TooLarge, $"larger than {ParseLimits.Default.MaxBytes / (1024 * 1024)} MB");
        return File.ReadAllBytes(path);
    }

    /// <summary>Runs <paramref name="read"/>; a failure reading a file becomes one line on <paramref name="error"/> ("path: code: message") and false.</summary>
    public static bool TryRun(string? path, TextWriter error, Action read)
    {
        var name = path ?? "input";
        try
        {
            read();
            return true;
        }
        catch (ParseException e)
        {
            error.WriteLine($"{e.Data["path"] ?? name}: {e.Code}: {e.Message}");
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            error.WriteLine($"{name}: timeout: reading the file took too long");
        }
        catch (FileNotFoundException e)
        {
            error.WriteLine($"{e.FileName ?? name}: no such file");
        }
        catch (IOException e)
        {
            error.WriteLine($"{name}: unreadable: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"{name}: unreadable: {e.Message}");
        }
        return false;
    }
}
