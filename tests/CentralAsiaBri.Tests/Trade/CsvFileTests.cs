using System.Text;
using CentralAsiaBri.Web.Downloads;

namespace CentralAsiaBri.Tests.Trade;

public sealed class CsvFileTests
{
    private static string Write(params string?[] fields) =>
        Encoding.UTF8.GetString(CsvFile.Write(["a"], fields.Select(f => (IReadOnlyList<string?>)[f])));

    [Fact]
    public void Output_starts_with_a_byte_order_mark_and_uses_crlf()
    {
        var bytes = CsvFile.Write(["a", "b"], [["1", "2"]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.Equal("a,b\r\n1,2\r\n", Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    public void Fields_that_a_spreadsheet_would_run_are_neutralised(string field, string expected)
    {
        Assert.Equal($"a\r\n{expected}\r\n", Write(field).TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData("-4.2")]
    [InlineData("paper §3 ¶2")]
    [InlineData("≈ 300")]
    public void Numbers_and_ordinary_text_are_left_alone(string field)
    {
        Assert.Equal($"a\r\n{field}\r\n", Write(field).TrimStart('\uFEFF'));
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted()
    {
        Assert.Equal("a\r\n\"Kazakhstan, \"\"KZ\"\"\nline\"\r\n", Write("Kazakhstan, \"KZ\"\nline").TrimStart('\uFEFF'));
    }
}
