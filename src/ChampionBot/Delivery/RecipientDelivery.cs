using ChampionBot.Data.Entities;

namespace ChampionBot.Delivery;

/// <summary>One message stored for a person: what kind, when it was asked for, and how far it got.</summary>
public sealed record RecipientDelivery(OutboundMessageKind Kind, DateTimeOffset CreatedAt, DeliveryStatus Status);
