using Shortlist.EvalRender;

// Renders every JSON Resume file in a folder to NN-slug.pdf and NN-slug.docx beside it.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    await Console.Error.WriteLineAsync("usage: dotnet run --project tools/Shortlist.EvalRender -- FOLDER");
    return 2;
}
var files = Directory.GetFiles(args[0], "*.json").Order(StringComparer.Ordinal).ToList();
foreach (var file in files)
{
    var resume = ResumeDocument.Load(file);
    var stem = Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file));
    await File.WriteAllBytesAsync(stem + ".pdf", PdfRenderer.Render(resume));
    await File.WriteAllBytesAsync(stem + ".docx", DocxRenderer.Render(resume));
}
Console.WriteLine($"Rendered {files.Count} résumés in {args[0]}.");
return 0;
