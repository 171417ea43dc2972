using System.Text;
using System.Text.Json;
using ChampionBot.BotFramework.Hosting;

namespace ChampionBot.BotFramework.Tests.Hosting;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void GetSpan_WritesPastTheFirstBuffer_KeepEverythingInOrder()
    {
        using var output = new PooledBufferWriter(initialSize: 16);
        var expected = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            var piece = Encoding.UTF8.GetBytes($"{i},");
            piece.CopyTo(output.GetSpan(piece.Length));
            output.Advance(piece.Length);
            expected.Append(i).Append(',');
        }

        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(output.WrittenMemory.Span));
    }

    [Fact]
    public void GetMemory_LongJsonValue_IsWrittenWhole()
    {
        var text = new string('é', 10_000) + "\"quoted\"";
        using var output = new PooledBufferWriter(initialSize: 64);
        using (var writer = new Utf8JsonWriter(output))
        {
            JsonSerializer.Serialize(writer, new { text });
        }

        using var written = JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal(text, written.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Advance_PastTheSpanGiven_Throws()
    {
        using var output = new PooledBufferWriter(initialSize: 16);
        var given = output.GetSpan(1).Length;

        Assert.Throws<InvalidOperationException>(() => output.Advance(given + 1));
    }
}
