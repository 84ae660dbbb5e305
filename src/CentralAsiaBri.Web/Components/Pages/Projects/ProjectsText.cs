namespace CentralAsiaBri.Web.Components.Pages.Projects;

/// <summary>UI strings of the projects pages (list and filters, map, project page, timeline of events): ProjectsText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class ProjectsText;
