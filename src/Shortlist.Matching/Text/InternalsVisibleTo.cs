using System.Runtime.CompilerServices;

// The tests compare every vectorised path of Int8Embedding with the scalar reference, whichever the machine would pick.
[assembly: InternalsVisibleTo("Shortlist.Matching.Tests")]
