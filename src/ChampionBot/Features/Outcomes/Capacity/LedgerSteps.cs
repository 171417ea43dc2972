using System.Linq.Expressions;
using System.Reflection;

namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>
/// Numbers a time by the steps it has passed, inside a query, so the database can group by it the same way on SQLite
/// and PostgreSQL: <see cref="Week"/> counts the week starts at or before a result's time (its week, in the program's
/// time zone, with summer time, worked out here), <see cref="Epoch"/> the publication times before its last change.
/// The query names them; <see cref="Into{T}"/> turns each into nested comparisons with the given times (a CASE in SQL).
/// </summary>
internal static class LedgerSteps
{
    private static readonly MethodInfo WeekMethod = typeof(LedgerSteps).GetMethod(nameof(Week))!;
    private static readonly MethodInfo EpochMethod = typeof(LedgerSteps).GetMethod(nameof(Epoch))!;

    /// <summary>How many of the week starts are at or before <paramref name="at"/>; only inside a query.</summary>
    public static int Week(DateTimeOffset at) => throw new InvalidOperationException("Only inside a ledger query.");

    /// <summary>How many of the publication times are before <paramref name="at"/>; only inside a query.</summary>
    public static int Epoch(DateTimeOffset at) => throw new InvalidOperationException("Only inside a ledger query.");

    public static IQueryable<T> Into<T>(IQueryable<T> query, IReadOnlyList<DateTimeOffset> weekStarts, IReadOnlyList<DateTimeOffset> epochs) =>
        query.Provider.CreateQuery<T>(new Steps(weekStarts, epochs).Visit(query.Expression));

    private sealed class Steps(IReadOnlyList<DateTimeOffset> weekStarts, IReadOnlyList<DateTimeOffset> epochs) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method == WeekMethod)
            {
                return Count(Visit(node.Arguments[0]), weekStarts, Expression.GreaterThanOrEqual, 0, weekStarts.Count);
            }

            return node.Method == EpochMethod
                ? Count(Visit(node.Arguments[0]), epochs, Expression.GreaterThan, 0, epochs.Count)
                : base.VisitMethodCall(node);
        }

        /// <summary>Between <paramref name="low"/> and <paramref name="high"/> of <paramref name="steps"/> passed, by halving.</summary>
        private static Expression Count(
            Expression at, IReadOnlyList<DateTimeOffset> steps, Func<Expression, Expression, BinaryExpression> passed, int low, int high)
        {
            if (low == high)
            {
                return Expression.Constant(low);
            }

            var middle = (low + high + 1) / 2;
            return Expression.Condition(
                passed(at, Expression.Constant(steps[middle - 1].ToUniversalTime())),
                Count(at, steps, passed, middle, high),
                Count(at, steps, passed, low, middle - 1));
        }
    }
}
