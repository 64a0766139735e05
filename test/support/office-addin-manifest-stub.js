// office-addin-mock imports office-addin-manifest only for this enum; the real package is ESM-only and breaks jest on Node 20.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
