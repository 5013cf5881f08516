// A small task list on ORDA: the structure is catalog.4DCatalog (Project, Task),
// the business logic ORDA classes (Classes/), the front end a REST service
// (HTTPHandlers.json, class TasksApi) and a page (WebFolder/index.html).
// The data is kept in Data/data.sqlite between runs (or on PostgreSQL with
// --datastore "postgresql://...").
// Run it with: run4d samples/tasks/tasks.4dm --http-port 8080

LOG EVENT(Into system standard outputs; String(ds.Task.getCount())+" task(s), "+\
String(ds.Task.query("done = false").length)+" open\n")
WEB START SERVER
