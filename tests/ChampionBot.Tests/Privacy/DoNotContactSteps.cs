using System.Net;
using System.Text;
using ChampionBot.Data.Entities;
using ChampionBot.Tests.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Privacy;

/// <summary>The steps of the "forgotten, then enrolled again" walkthrough, shared by the do-not-contact tests.</summary>
internal static class DoNotContactSteps
{
    private const string Tenant = "7d0b6a4e-2c1f-4b8e-9a55-1f3c2d4e5a60";

    public static TestPerson NewPerson(string name)
    {
        var id = Guid.NewGuid().ToString();
        return new TestPerson(name, id, "29:" + id);
    }

    /// <summary>The person writes <c>forget me</c> and presses "Yes, delete everything"; returns the confirmation card's text.</summary>
    public static async Task<string> ForgetMeAsync(AppHost app, TestPerson person)
    {
        await app.SendAsync(TestActivities.PersonalMessage("forget me", person));
        // A first-time sender also gets a welcome, which may be sent after the confirmation: pick the confirmation.
        var confirmation = app.Connector.Calls.Last(c => c.CardText.Contains("Yes, delete everything", StringComparison.Ordinal)).CardText;
        _ = (await app.InvokeAsync(TestActivities.CardAction("privacy.forget.confirm", [], person))).CardJson;
        return confirmation;
    }

    /// <summary>The owner runs <c>enroll</c> while the pilot team's roster holds exactly <paramref name="members"/>; returns the reply.</summary>
    public static async Task<string> OwnerEnrolsAsync(AppHost app, params TestPerson[] members)
    {
        // The bot must have been in the pilot team for enroll to find the roster.
        await app.SendAsync(TestActivities.ChannelMention("help", TestPeople.Megan));
        var roster = string.Join(",", members.Select(m =>
            $$"""{"id":"{{m.TeamsUserId}}","name":"{{m.Name}}","aadObjectId":"{{m.ObjectId}}","userPrincipalName":"{{m.ObjectId}}@contoso.example","tenantId":"{{Tenant}}","userRole":"user"}"""));
        app.Connector.Override = request => request.RequestUri!.AbsolutePath.Contains("/pagedmembers", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($$"""{"members":[{{roster}}]}""", Encoding.UTF8, "application/json") }
            : null;
        try
        {
            await app.SendAsync(TestActivities.PersonalMessage("enroll", TestPeople.Owner));
            return app.Connector.Calls[^1].Text ?? string.Empty;
        }
        finally
        {
            app.Connector.Override = null;
        }
    }

    /// <summary>The owner sends the dread survey; returns the object ids it was queued for (to anyone, ever, in this database).</summary>
    public static async Task<List<string>> OwnerSendsTheDreadSurveyAsync(AppHost app)
    {
        await app.SendAsync(TestActivities.PersonalMessage("dread survey", TestPeople.Owner));
        return await app.QueryAsync(db => db.Deliveries
            .Where(d => db.OutboundMessages.Any(m => m.Id == d.OutboundMessageId && m.Kind == OutboundMessageKind.Survey))
            .Select(d => d.RecipientObjectId)
            .ToListAsync());
    }

    public static Task<bool> IsEnrolledAsync(AppHost app, TestPerson person) =>
        app.QueryAsync(db => db.Participants.AnyAsync(p => p.ObjectId == person.ObjectId && p.EnrolledAt != null));

    public static Task<List<DoNotContact>> DoNotContactRowsAsync(AppHost app, TestPerson person) =>
        app.QueryAsync(db => db.DoNotContactList.AsNoTracking().Where(d => d.ObjectId == person.ObjectId).ToListAsync());
}
