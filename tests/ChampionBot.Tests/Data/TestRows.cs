using ChampionBot.Data;
using ChampionBot.Data.Entities;

namespace ChampionBot.Tests.Data;

/// <summary>Minimal valid rows; every call uses fresh ids so tests sharing a class database never collide.</summary>
internal static class TestRows
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static string NewObjectId() => $"test-{Guid.NewGuid():N}";

    public static Participant Participant(string? objectId = null) => new()
    {
        ObjectId = objectId ?? NewObjectId(),
        DisplayName = "Test Person",
        TenantId = "tenant",
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    public static Challenge Challenge(string? slug = null) => new()
    {
        Slug = slug ?? $"test-{Guid.NewGuid():N}",
        Title = "Clean the lead list",
        Task = "The weekly lead list clean-up",
        AudienceRole = "demand-generation",
        Steps = "Export\nAsk Copilot",
        WhatGoodLooksLike = "Every row has a persona",
        BaselineMinutes = 90,
        FrequencyPerWeek = 1,
        Status = ChallengeStatus.Draft,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    public static Result Result(Participant participant, Challenge challenge) => new()
    {
        ParticipantId = participant.Id,
        ChallengeId = challenge.Id,
        Worked = true,
        MinutesBefore = 90,
        MinutesWithAi = 20,
        TimesPerWeek = 1,
        Quality = 4,
        Feeling = 4,
        SubmittedAt = Now,
        UpdatedAt = Now,
    };

    public static Nomination Nomination(Participant participant, NominationStatus status = NominationStatus.Pending) => new()
    {
        ParticipantId = participant.Id,
        ManagerObjectId = NewObjectId(),
        Status = status,
        EvidenceJson = "[]",
        CreatedAt = Now,
    };

    public static OutboundMessage OutboundMessage() => new()
    {
        Id = Guid.NewGuid(),
        Kind = OutboundMessageKind.Challenge,
        RequestedByObjectId = NewObjectId(),
        ActivityJson = """{"type":"message","text":"This week's challenge"}""",
        Status = OutboundMessageStatus.Pending,
        CreatedAt = Now,
    };

    public static MessageDelivery Delivery(OutboundMessage message, string recipientObjectId) => new()
    {
        OutboundMessageId = message.Id,
        RecipientObjectId = recipientObjectId,
        TenantId = "tenant",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Status = DeliveryStatus.Pending,
        NextAttemptAt = Now,
        UpdatedAt = Now,
    };

    public static ConversationReferenceData Reference(string conversationId, string? userAadObjectId, string serviceUrl = "https://smba.trafficmanager.net/amer/") =>
        new(serviceUrl, conversationId, "personal", "28:bot", "29:user", userAadObjectId, "tenant", null, null);
}
