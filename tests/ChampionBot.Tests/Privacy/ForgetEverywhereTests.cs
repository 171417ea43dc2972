using System.Runtime.CompilerServices;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Privacy;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Privacy;

public sealed class SqliteForgetEverywhereTests(SqliteTestDatabase database) : ForgetEverywhereTests<SqliteTestDatabase>(database);

public sealed class PostgresForgetEverywhereTests(PostgresTestDatabase database) : ForgetEverywhereTests<PostgresTestDatabase>(database);

/// <summary>
/// "Forget me" from someone the bot knows in every role (owner, manager, author, approver, requester of a send): after
/// it, their object id is in no column of any table except the do-not-contact list.
/// </summary>
public abstract class ForgetEverywhereTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task ForgetMe_AnOwnerWhoManagesAuthorsApprovesAndSends_LeavesTheirIdOnlyOnTheDoNotContactList()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var id = Guid.NewGuid().ToString();
        var owner = new TestPerson("Olive Owner", id, "29:olive-" + id);
        var challenge = await app.PostChallengeAsync();
        await app.EnrolAsync(challenge, owner);
        await app.SendAsync(TestActivities.PersonalMessage("help", owner).InConversation("a:olive-chat"));
        var messageId = await app.QueryAsync(async db =>
        {
            var programId = challenge.ProgramId!.Value;
            var megan = await db.Participants.SingleAsync(p => p.ObjectId == TestPeople.Megan.ObjectId);
            megan.ManagerObjectId = id;
            db.ProgramOwners.Add(new ProgramOwner { ProgramId = programId, ObjectId = id, DisplayName = owner.Name, AddedAt = DateTimeOffset.UtcNow });
            db.ProgramOwners.Add(new ProgramOwner { ProgramId = programId, ObjectId = Guid.NewGuid().ToString(), AddedAt = DateTimeOffset.UtcNow, AddedByObjectId = id });
            (await db.Challenges.SingleAsync(c => c.Id == challenge.Id)).CreatedByObjectId = id;
            db.Champions.Add(new Champion { ParticipantId = megan.Id, ProgramId = programId, ApprovedAt = DateTimeOffset.UtcNow, ApprovedByObjectId = id });
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, ActorObjectId = "system", Action = "owner.added", Subject = $"owner:{id}", Details = $$"""{"objectId":"{{id}}"}""" });
            await db.SaveChangesAsync();
            return await app.Services.GetRequiredService<IOutbox>().EnqueueAsync(new OutboundRequest
            {
                Kind = OutboundMessageKind.Survey,
                RequestedBy = id,
                Activity = MessageFactory.Text("What do you dread?"),
                Recipients = [new OutboundRecipient(TestPeople.Megan.ObjectId, TestPeople.Megan.TeamsUserId, "tenant", "https://smba.trafficmanager.net/emea/")],
                ProgressConversation = new ProgressConversation("https://smba.trafficmanager.net/emea/", "a:olive-chat"),
                NotBefore = DateTimeOffset.UtcNow.AddDays(1),
            });
        });
        await app.SendAsync(TestActivities.PersonalMessage("forget me", owner).InConversation("a:olive-chat"));
        var confirm = app.Connector.Calls[^1].CardText;

        await app.InvokeAsync(TestActivities.CardAction("privacy.forget.confirm", [], owner));

        Assert.Contains("you'll stop being one of its owners", confirm, StringComparison.Ordinal);
        Assert.Equal(["DoNotContact.ObjectId"], await ColumnsHoldingAsync(app, id));
        var message = await app.QueryAsync(db => db.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == messageId));
        Assert.Equal((Forgetting.ForgottenActor, null, null), (message.RequestedByObjectId, message.ProgressConversationId, message.ProgressServiceUrl));
    }

    /// <summary>Every text column of every table, searched for the value.</summary>
    private static Task<List<string>> ColumnsHoldingAsync(AppHost app, string value) => app.QueryAsync(async db =>
    {
        var found = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var column = property.GetColumnName();
                var sql = FormattableStringFactory.Create($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" LIKE {{0}}", $"%{value}%");
                if (await db.Database.SqlQuery<int>(sql).SingleAsync() > 0)
                {
                    found.Add($"{entity.ClrType.Name}.{property.Name}");
                }
            }
        }

        return found;
    });
}
