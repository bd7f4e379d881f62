using System.Text;
using Dossier.Cleaning;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Tests.Cleaning;

/// <summary>Runs the cleaning stage on text written in a test, or on a file read at run time.</summary>
internal static class Cleaner
{
    private static readonly ArticleCleaner Stage = new();

    public static (Doc Doc, StageContext Context) Run(string content, SourceKind kind = SourceKind.Text, string source = "test.txt")
    {
        var raw = new RawArticle(source, "", kind, content, ArticleId.Hash(Encoding.UTF8.GetBytes(content)), "utf-8");
        var context = new StageContext("clean", TimeProvider.System, CancellationToken.None);
        return (Stage.Run(Doc.From(raw), context), context);
    }

    public static Doc Clean(string content, SourceKind kind = SourceKind.Text) => Run(content, kind).Doc;

    /// <summary>Reads a file the way ingest does (decoding, feed splitting) and cleans every article in it.</summary>
    public static IReadOnlyList<Doc> CleanFile(string path)
    {
        var read = new SourceReader(new IngestOptions()).Read(new SourceFile(path, path));
        return [.. read.Articles.Select(raw => Stage.Run(Doc.From(raw), new StageContext("clean", TimeProvider.System, CancellationToken.None)))];
    }

    /// <summary>An article with two prose paragraphs around <paramref name="inserted"/> lines.</summary>
    public static string Article(params string[] inserted) => string.Join("\n\n",
        new[]
        {
            "Harbour ferry fares to rise for the first time in a decade",
            "By Mirela Kostova",
            "March 3, 2023",
            "PORTVILLE (Reuters) - The city's ferry operator said on Friday it would raise fares by a fifth from June, blaming fuel costs and an ageing fleet that needs replacing.",
        }
        .Concat(inserted)
        .Concat(
        [
            "Commuter groups said the increase would hit shift workers hardest, and called on the council to cap the rise for season tickets until the new boats arrive.",
            "The operator said it expected the first of four new vessels to enter service next spring, with the rest following over two years.",
        ]));
}
