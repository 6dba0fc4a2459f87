//! `/routing/schema`: the flow list the hook editor picks from.

use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::{ok, Caller, St};
use crate::data::{Flow, FlowType};
use crate::error::{ApiError, ApiResult};
use crate::json::{list as list_json, to_value, FlowOut, FLOW_FIELDS};
use crate::query::{keep_fields, sort_rows, Params, Pattern};
use crate::state::lock;

pub async fn list(
    caller: Caller,
    State(state): St,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    caller.require("schema", "r")?;
    let params = Params::parse(raw.as_deref());
    let page = params.page()?;
    let ids = params.int64s("id")?;
    let types = params
        .many("type")
        .into_iter()
        .map(|t| FlowType::parse(t).ok_or_else(|| ApiError::bad_param("type", t)))
        .collect::<ApiResult<Vec<_>>>()?;
    let editor = params.bool("editor")?;
    let q = params.pattern("q")?;
    let name = params
        .one("name")?
        .filter(|n| !n.is_empty())
        .map(Pattern::new);
    let fields = params.fields(FLOW_FIELDS);

    let data = lock(&state.data);
    let mut rows: Vec<&Flow> = data
        .flows
        .iter()
        .filter(|f| ids.is_empty() || ids.contains(&f.id))
        .filter(|f| types.is_empty() || types.contains(&f.flow_type))
        .filter(|f| editor.is_none_or(|e| f.editor == e))
        .filter(|f| q.as_ref().is_none_or(|p| p.matches(&f.name)))
        .filter(|f| name.as_ref().is_none_or(|p| p.matches(&f.name)))
        .collect();
    let (field, desc) = params
        .sort()?
        .filter(|(f, _)| FLOW_FIELDS.contains(&f.as_str()))
        .unwrap_or_else(|| ("created_at".to_string(), true));
    match field.as_str() {
        "id" => sort_rows(&mut rows, desc, |f| f.id, |f| f.id),
        "name" => sort_rows(&mut rows, desc, |f| f.name.clone(), |f| f.id),
        "description" => sort_rows(&mut rows, desc, |f| f.description.clone(), |f| f.id),
        "type" => sort_rows(&mut rows, desc, |f| f.flow_type.name(), |f| f.id),
        "editor" => sort_rows(&mut rows, desc, |f| f.editor, |f| f.id),
        "updated_at" => sort_rows(&mut rows, desc, |f| f.updated_at, |f| f.id),
        _ => sort_rows(&mut rows, desc, |f| f.created_at, |f| f.id),
    }
    let (rows, next) = page.slice(rows);
    let items = rows
        .into_iter()
        .map(|f| keep_fields(to_value(&FlowOut::new(f)), &fields))
        .collect();
    Ok(ok(list_json(items, next)))
}
