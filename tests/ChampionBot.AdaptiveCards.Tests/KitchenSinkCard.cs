using System.Text.Json.Nodes;

namespace ChampionBot.AdaptiveCards.Tests;

/// <summary>One card that uses every element, input and action type the model offers, with most of their options.</summary>
internal static class KitchenSinkCard
{
    public static AdaptiveCard Build() => new()
    {
        FallbackText = "A card with every element type.",
        Speak = "Everything at once.",
        Lang = "en",
        MsTeams = TeamsCardOptions.FullWidth,
        Refresh = new Refresh
        {
            Action = new ExecuteAction { Verb = "sink.refresh", FallbackToSubmit = false },
            UserIds = ["29:1a2b3c", "a1000000-0000-4000-8000-000000000001"],
        },
        Body =
        [
            new TextBlock("Kitchen sink")
            {
                Id = "heading",
                Style = TextBlockStyle.Heading,
                Size = TextSize.Large,
                Weight = TextWeight.Bolder,
                Color = TextColor.Accent,
                FontType = FontType.Default,
                HorizontalAlignment = HorizontalAlignment.Center,
                Wrap = true,
                MaxLines = 2,
            },
            new RichTextBlock
            {
                Spacing = Spacing.Medium,
                Separator = true,
                Inlines =
                [
                    new TextRun("Plain, "),
                    new TextRun("bold ") { Weight = TextWeight.Bolder, Color = TextColor.Good },
                    new TextRun("italic ") { Italic = true, Underline = true, Strikethrough = true },
                    new TextRun("code") { FontType = FontType.Monospace, Highlight = true, IsSubtle = true, Size = TextSize.Small },
                ],
            },
            new FactSet { Facts = [new Fact("Minutes saved", "45"), new Fact("Streak", "3 weeks")] },
            Columns(),
            new Container
            {
                Style = ContainerStyle.Emphasis,
                Bleed = true,
                MinHeight = "40px",
                VerticalContentAlignment = VerticalAlignment.Center,
                SelectAction = new OpenUrlAction { Url = "https://example.com/program" },
                Items = [new TextBlock("Inside a container") { IsSubtle = true }],
            },
            new Image("https://adaptivecards.io/content/cats/1.png")
            {
                AltText = "A cat",
                Size = ImageSize.Small,
                Style = ImageStyle.Person,
                HorizontalAlignment = HorizontalAlignment.Right,
                IsVisible = true,
            },
            new Image("https://adaptivecards.io/content/cats/2.png") { AltText = "Another cat", Width = "48px", Height = "48px" },
            Table(),
            .. Inputs(),
            new ActionSet
            {
                Actions =
                [
                    new OpenUrlAction { Title = "Read the guide", Url = "https://example.com/guide", Mode = ActionMode.Secondary },
                ],
            },
        ],
        Actions =
        [
            new ExecuteAction
            {
                Title = "Send result",
                Verb = "result.submit",
                Data = new JsonObject { ["challengeId"] = 42, ["week"] = "2026-W48" },
                Style = ActionStyle.Positive,
                Tooltip = "Sends your answers",
                AssociatedInputs = AssociatedInputs.Auto,
            },
            new SubmitAction { Title = "Plain submit", Data = new JsonObject { ["verb"] = "plain" }, AssociatedInputs = AssociatedInputs.None },
            new ShowCardAction
            {
                Title = "Opt out",
                Card = new AdaptiveCard
                {
                    Body = [new TextInput("reason") { Label = "Why?", IsMultiline = true }],
                    Actions = [new ExecuteAction { Title = "Confirm", Verb = "optout.confirm", Style = ActionStyle.Destructive }],
                },
            },
            new OpenUrlAction { Title = "Privacy", Url = "https://example.com/privacy", IconUrl = "https://example.com/icon.png" },
        ],
    };

    private static ColumnSet Columns() => new()
    {
        Style = ContainerStyle.Good,
        HorizontalAlignment = HorizontalAlignment.Left,
        Columns =
        [
            new Column { Width = ColumnWidth.Auto, Items = [new TextBlock("auto")] },
            new Column { Width = ColumnWidth.Stretch, Style = ContainerStyle.Warning, Items = [new TextBlock("stretch")] },
            new Column { Width = ColumnWidth.Pixels(60), Separator = true, Spacing = Spacing.Small, Items = [new TextBlock("60px")] },
            new Column { Width = ColumnWidth.Weight(2), VerticalContentAlignment = VerticalAlignment.Bottom, Items = [new TextBlock("2")] },
        ],
    };

    private static Table Table() => new()
    {
        FirstRowAsHeader = true,
        ShowGridLines = true,
        GridStyle = ContainerStyle.Accent,
        HorizontalCellContentAlignment = HorizontalAlignment.Left,
        VerticalCellContentAlignment = VerticalAlignment.Top,
        Columns = [new TableColumnDefinition { Width = ColumnWidth.Weight(2) }, new TableColumnDefinition { Width = ColumnWidth.Pixels(80) }],
        Rows =
        [
            new TableRow { Style = ContainerStyle.Emphasis, Cells = [TableCell.WithText("Task"), TableCell.WithText("Minutes")] },
            new TableRow
            {
                Cells =
                [
                    TableCell.WithText("Weekly report"),
                    new TableCell { Style = ContainerStyle.Good, Items = [new TextBlock("30")] },
                ],
            },
        ],
    };

    private static CardElement[] Inputs() =>
    [
        new TextInput("story")
        {
            Label = "What did you do differently?",
            Placeholder = "One or two sentences",
            IsMultiline = true,
            MaxLength = 500,
            IsRequired = true,
            ErrorMessage = "Please tell us what you did.",
        },
        new TextInput("email") { Label = "Email", Style = TextInputStyle.Email, Regex = "^[^@]+@[^@]+$", Value = "alex@example.com" },
        new NumberInput("minutesBefore") { Label = "Minutes before", Min = 0, Max = 600, Value = 60, Placeholder = "e.g. 60" },
        new ChoiceSetInput("worked")
        {
            Label = "Did it work?",
            Style = ChoiceInputStyle.Expanded,
            Choices = [new Choice("Yes", "yes"), new Choice("No", "no")],
            Value = "yes",
            IsRequired = true,
            ErrorMessage = "Choose one.",
        },
        new ChoiceSetInput("tools")
        {
            Label = "Tools used",
            Style = ChoiceInputStyle.Compact,
            IsMultiSelect = true,
            Wrap = true,
            Choices = [new Choice("Copilot", "copilot"), new Choice("ChatGPT", "chatgpt")],
        },
        new ToggleInput("share", "Share my story with the team") { Label = "Sharing", Value = "true", ValueOn = "true", ValueOff = "false", Wrap = true },
        new DateInput("tryBy") { Label = "Try it by", Min = new DateOnly(2026, 11, 23), Max = new DateOnly(2026, 12, 31), Value = new DateOnly(2026, 11, 27) },
        new TimeInput("postAt") { Label = "Post at", Min = "07:00", Max = "19:00", Value = "09:00" },
    ];
}
