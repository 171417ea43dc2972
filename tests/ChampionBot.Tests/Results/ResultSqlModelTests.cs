using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Results;

/// <summary>
/// The result batch writes Participants, Results and ChampionEvidence with hand-written SQL (Data/Results/*ResultSql.cs),
/// which EF's model does not keep up to date. A column added to one of these tables fails here first, so whoever adds it
/// decides what the batch writes into it (and updates the lists below).
/// </summary>
public sealed class ResultSqlModelTests
{
    [Theory]
    [InlineData(typeof(Participant), "Id ObjectId TenantId TeamsUserId DisplayName UserPrincipalName JobTitle Role Department ManagerObjectId Team ProgramId EnrolledAt OptedOutAt UsageLookupsOptedOutAt NominationsOptedOutAt SnoozedUntil TimeZoneId WorkingHoursPerWeek CreatedAt UpdatedAt")]
    [InlineData(typeof(Result), "Id ParticipantId ChallengeId Worked MinutesBefore MinutesWithAi TimesPerWeek Quality Feeling WhatTheyDidDifferently SubmittedAt UpdatedAt RetryStartedAt RetryWorked RetryReportedAt")]
    [InlineData(typeof(ChampionEvidence), "Id ParticipantId ProgramId Kind SourceKey Points Detail ObservedAt")]
    public void Model_TablesTheResultBatchWritesByHand_HaveTheColumnsItsSqlWasWrittenFor(Type entity, string columns)
    {
        foreach (var provider in new[] { StorageProvider.Sqlite, StorageProvider.Postgres })
        {
            using var db = ChampionDbContextOptions.CreateContext(new StorageSettings(provider, provider == StorageProvider.Sqlite
                ? "Data Source=:memory:"
                : "Host=127.0.0.1;Database=unused"));

            var actual = db.Model.FindEntityType(entity)!.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal);

            Assert.Equal(columns.Split(' ').Order(StringComparer.Ordinal), actual);
        }
    }
}
