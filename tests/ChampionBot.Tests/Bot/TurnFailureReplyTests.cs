using ChampionBot.Data;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Bot;

/// <summary>
/// Teams gets its 200 before a message is handled, so a message whose handling fails (the database refusing writes, as
/// in an outage) must not end in silence: the person is told it did not go through, and nothing changed.
/// </summary>
public sealed class TurnFailureReplyTests : IDisposable
{
    private const string Failed = "Sorry, something went wrong on my side and I couldn't do that, so nothing changed. Please send it again in a minute.";
    private readonly ChampionBotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task OptOut_DatabaseRefusesTheWrite_PersonIsToldNothingChangedAndCanSendItAgain()
    {
        var megan = TestPeople.Megan;
        await _app.SendAndSettleAsync(TestActivities.PersonalMessage("help", megan));
        await ExecuteAsync("""CREATE TRIGGER test_outage BEFORE UPDATE ON "Participants" BEGIN SELECT RAISE(ABORT, 'simulated database outage'); END;""");
        _app.Connector.Clear();

        await _app.SendAndSettleAsync(TestActivities.PersonalMessage("optout", megan));

        Assert.Equal(Failed, Assert.Single(_app.Connector.Calls).Text);
        Assert.Null(await OptedOutAtAsync(megan.ObjectId));

        await ExecuteAsync("DROP TRIGGER test_outage;");
        _app.Connector.Clear();
        await _app.SendAndSettleAsync(TestActivities.PersonalMessage("optout", megan));

        Assert.NotNull(await OptedOutAtAsync(megan.ObjectId));
        Assert.DoesNotContain(_app.Connector.Calls, call => call.Text == Failed);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ChampionDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    private async Task<DateTimeOffset?> OptedOutAtAsync(string objectId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChampionDbContext>().Participants
            .Where(p => p.ObjectId == objectId).Select(p => p.OptedOutAt).SingleAsync();
    }
}
