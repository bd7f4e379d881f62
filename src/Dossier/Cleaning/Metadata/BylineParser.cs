namespace Dossier.Cleaning.Metadata;

/// <summary>Turns byline text ("By Jane Roe and John Doe in Beijing", "Jane Roe, Business Correspondent") into person names.</summary>
internal static class BylineParser
{
    /// <summary>The plausible person names in <paramref name="text"/>, in order, without roles, places or agencies.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var cleaned = MetadataRules.BylineRole.Replace(text.Trim(), "");
        foreach (var part in cleaned.Split([",", " and ", " & ", ";", " und ", " et ", " y "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = MetadataRules.BylineTail.Replace(part, "").Trim().TrimEnd('.', ':', ')').Trim();
            if (name.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
                name = name[3..].Trim();
            if (IsPersonName(name))
                yield return name;
        }
    }

    /// <summary>Two to four capitalised words, no digits, no words that name a desk, an agency or a role.</summary>
    public static bool IsPersonName(string name)
    {
        if (name.Length is < 4 or > 60 || name.Any(char.IsDigit) || name.Contains('@') || name.Contains('/'))
            return false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
            return false;
        foreach (var word in words)
        {
            if (MetadataRules.NotNameWords.Contains(word) || MetadataRules.AgencyNames.Contains(word))
                return false;
            if (MetadataRules.NameParticles.Contains(word))
                continue;
            if (!char.IsUpper(word[0]))
                return false;
            if (word.Length > 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                return false;
        }
        return true;
    }
}
