namespace Shortlist.Matching.Text;

/// <summary>Turns text into a dense vector whose cosine with another text's vector says how alike their meanings are.</summary>
public interface ITextEmbedder
{
    /// <summary>The model's name, stored beside every vector so a change of model recomputes them.</summary>
    string Model { get; }

    /// <summary>How many numbers a vector has.</summary>
    int Dimensions { get; }

    /// <summary>Writes the vector of <paramref name="text"/> into <paramref name="destination"/>, which holds <see cref="Dimensions"/> numbers.</summary>
    void Embed(string text, Span<float> destination);
}
