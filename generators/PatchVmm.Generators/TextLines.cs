using System.Collections.Generic;
using PatchVmm.Generators.Model;

namespace PatchVmm.Generators;

/// <summary>A line of an additional file: zero-based number, offset of its first character, text
/// without the line break.</summary>
internal readonly struct TextLine
{
    public TextLine(string path, int number, int start, string text)
    {
        Path = path;
        Number = number;
        Start = start;
        Text = text;
    }

    public string Path { get; }

    public int Number { get; }

    public int Start { get; }

    public string Text { get; }

    /// <summary>The location of columns [<paramref name="column"/>, +<paramref name="length"/>) of this line.</summary>
    public LocationInfo At(int column, int length) =>
        new(Path, Start + column, length, Number, column, Number, column + length);

    public LocationInfo Whole => At(0, Text.Length);

    public static List<TextLine> Split(string path, string text)
    {
        var lines = new List<TextLine>();
        int start = 0, number = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                if (i < text.Length || end > start)
                {
                    lines.Add(new TextLine(path, number, start, text.Substring(start, end - start)));
                }

                number++;
                start = i + 1;
            }
        }

        return lines;
    }
}

/// <summary>A whitespace-separated word of a line and its column.</summary>
internal readonly struct Word
{
    public Word(string text, int column)
    {
        Text = text;
        Column = column;
    }

    public string Text { get; }

    public int Column { get; }

    /// <summary>The words of <paramref name="text"/> up to a <c>#</c> comment.</summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        int i = 0;
        while (i < text.Length && text[i] != '#')
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int j = i;
            while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] != '#')
            {
                j++;
            }

            words.Add(new Word(text.Substring(i, j - i), i));
            i = j;
        }

        return words;
    }
}
