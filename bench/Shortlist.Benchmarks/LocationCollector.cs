using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Shortlist.Benchmarks;

/// <summary>A location test the Lucene.NET peers apply after the index's lat/lon box, reproducing the engine's.</summary>
public interface ILocationTest
{
    /// <summary>True when a candidate at (<paramref name="lat"/>, <paramref name="lon"/>) passes.</summary>
    bool Passes(float lat, float lon);
}

/// <summary>
/// Passes on to <paramref name="inner"/> only the documents whose coordinates (float bits in the "lab" and "lob" doc values)
/// pass <paramref name="test"/>: the exact radius check both Lucene.NET peers make as a post-filter.
/// </summary>
internal sealed class LocationCollector(ICollector inner, ILocationTest test) : ICollector
{
    private NumericDocValues? _lat, _lon;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _lat = context.AtomicReader.GetNumericDocValues("lab");
        _lon = context.AtomicReader.GetNumericDocValues("lob");
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (test.Passes(BitConverter.Int32BitsToSingle((int)_lat!.Get(doc)), BitConverter.Int32BitsToSingle((int)_lon!.Get(doc)))) inner.Collect(doc);
    }
}
