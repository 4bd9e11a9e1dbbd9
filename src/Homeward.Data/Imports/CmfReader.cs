using System.Xml;
using Homeward.Data.Profiles;
using Homeward.Kinship;

namespace Homeward.Data.Imports;

/// <summary>
/// CODIS CMF XML (the <c>urn:CODISImportFile-schema</c> layout of CMF 3.2/3.3), the subset that
/// carries profiles: <c>SOURCELAB</c> and <c>KIT</c> of the header, and per <c>SPECIMEN</c> its
/// <c>SPECIMENID</c>, <c>SPECIMENCATEGORY</c> and <c>LOCUS</c> elements (<c>LOCUSNAME</c>, a per-locus
/// <c>KIT</c>, one or two <c>ALLELE/ALLELEVALUE</c>; one value is homozygous, more than two is a
/// mixture and refused). Reading, batch and user elements are ignored. Specimens carry genotypes
/// only; a category naming a relative (<c>Biological Mother</c>, …) must match a sample already
/// registered with its report. Streams specimen by specimen.
/// </summary>
internal static class CmfReader
{
    private static readonly string[] RelativeCategories =
    [
        "Biological Mother", "Biological Father", "Biological Sibling", "Biological Child",
        "Alleged Mother", "Alleged Father", "Maternal Relative", "Paternal Relative", "Spouse",
    ];

    public static IEnumerable<ImportItem> Read(TextReader text, string source)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(text, settings);
        var info = (IXmlLineInfo)reader;
        string? lab = null;
        string? kit = null;
        var results = new List<ImportItem>();
        var started = false;
        var stop = false;
        while (!stop)
        {
            results.Clear();
            try
            {
                if (!started)
                {
                    started = true;
                    if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "CODISImportFile")
                    {
                        results.Add(new InputError($"{source}:{info.LineNumber}", $"the root element is <{reader.LocalName}>, not <CODISImportFile>"));
                        stop = true;
                    }
                    else
                    {
                        reader.Read();
                    }
                }
                else if (reader.EOF)
                {
                    stop = true;
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "SOURCELAB")
                {
                    lab = Text(reader.ReadElementContentAsString());
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "KIT" && reader.Depth == 1)
                {
                    kit = Text(reader.ReadElementContentAsString());
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "SPECIMEN")
                {
                    results.Add(ReadSpecimen(reader, $"{source}:{info.LineNumber}", lab, kit));
                    reader.Read();
                }
                else
                {
                    reader.Read();
                }
            }
            catch (XmlException e)
            {
                results.Add(new InputError($"{source}:{e.LineNumber}", $"not valid XML: {e.Message}"));
                stop = true;
            }

            foreach (var item in results)
            {
                yield return item;
            }
        }
    }

    private static ImportItem ReadSpecimen(XmlReader reader, string place, string? lab, string? fileKit)
    {
        using var specimen = reader.ReadSubtree();
        string? id = null;
        string? category = null;
        string? kit = null;
        var builder = new LociBuilder();
        string? problem = null;
        specimen.Read();
        specimen.Read();
        while (!specimen.EOF)
        {
            if (specimen.NodeType != XmlNodeType.Element)
            {
                specimen.Read();
                continue;
            }

            switch (specimen.LocalName)
            {
                case "SPECIMENID":
                    id = Text(specimen.ReadElementContentAsString());
                    break;
                case "SPECIMENCATEGORY":
                    category = Text(specimen.ReadElementContentAsString());
                    break;
                case "LOCUS":
                    var (name, locusKit, alleles) = ReadLocus(specimen);
                    specimen.Read();
                    kit ??= locusKit;
                    if (problem is not null)
                    {
                        break;
                    }

                    if (name is null)
                    {
                        problem = "a LOCUS without LOCUSNAME";
                    }
                    else if (alleles.Count > 2)
                    {
                        problem = $"{name}: {alleles.Count} alleles (a mixture) cannot be imported as a profile";
                    }
                    else if (alleles.Count > 0)
                    {
                        problem = builder.Add(name, alleles[0], alleles.Count > 1 ? alleles[1] : null);
                    }

                    break;
                default:
                    specimen.Skip();
                    break;
            }
        }

        if (id is null)
        {
            return new InputError($"{place}: SPECIMENID", "a SPECIMEN needs a SPECIMENID");
        }

        if (problem is not null)
        {
            return new InputError($"{place}: {id}", problem);
        }

        var relative = category is not null && RelativeCategories.Contains(category, StringComparer.OrdinalIgnoreCase);
        return new ImportProfile
        {
            Code = id,
            Kind = ProfileKind.GenotypesOnly,
            Sex = builder.AmelogeninSex,
            Loci = builder.Loci,
            Place = place,
            Lab = lab,
            Kit = kit ?? fileKit,
            RelativeCategory = relative ? category : null,
        };
    }

    private static (string? Name, string? Kit, List<string> Alleles) ReadLocus(XmlReader reader)
    {
        string? name = null;
        var kit = Text(reader.GetAttribute("KIT"));
        var alleles = new List<string>(2);
        using var locus = reader.ReadSubtree();
        while (!locus.EOF)
        {
            if (locus.NodeType == XmlNodeType.Element && locus.LocalName == "LOCUSNAME")
            {
                name = Text(locus.ReadElementContentAsString());
            }
            else if (locus.NodeType == XmlNodeType.Element && locus.LocalName == "KIT")
            {
                kit ??= Text(locus.ReadElementContentAsString());
            }
            else if (locus.NodeType == XmlNodeType.Element && locus.LocalName == "ALLELEVALUE")
            {
                if (Text(locus.ReadElementContentAsString()) is { } value)
                {
                    alleles.Add(value);
                }
            }
            else
            {
                locus.Read();
            }
        }

        return (name, kit, alleles);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
