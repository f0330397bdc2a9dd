import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ft as Alert, Ir as require_react, Kt as Paper, Ot as Button, Pt as Text, Un as InputError, Ut as ActionIcon, Vt as Group, Wt as Loader, Zt as Box, bt as TextInput, dt as IconUsers, pt as IconUpload, ut as useTranslation, vt as createReactComponent, wt as List, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as Grid } from "./Grid-q8JR4vqK.js";
import { l as usePostDicomActingUser, p as IconLink, s as ShareFolderDialog, t as ViewerLinkButton } from "./sharing-DKWXKKuw.js";
import { t as IconMail } from "./IconMail-0pzCIjm1.js";
import { c as usePostDicomFolderList, d as usePostDicomPatientOrderListInFolder, n as useCreatePostDicomFolderWithDescription } from "./queries-C-TE7ghd.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { t as IconChevronDown } from "./IconChevronDown-OkUoCsKk.js";
import { t as IconChevronRight } from "./IconChevronRight-IShDpuUd.js";
import { t as IconFolderOpen } from "./IconFolderOpen-OBAmS4JP.js";
import { t as Textarea } from "./Textarea-BTFd2lSa.js";
import { t as SharingPage } from "./SharingPage-lnAM0m_w.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconFolderPlus = createReactComponent("outline", "folder-plus", "FolderPlus", [
	["path", {
		"d": "M12 19h-7a2 2 0 0 1 -2 -2v-11a2 2 0 0 1 2 -2h4l3 3h7a2 2 0 0 1 2 2v3.5",
		"key": "svg-0"
	}],
	["path", {
		"d": "M16 19h6",
		"key": "svg-1"
	}],
	["path", {
		"d": "M19 16v6",
		"key": "svg-2"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconFolder = createReactComponent("outline", "folder", "Folder", [["path", {
	"d": "M5 4h4l3 3h7a2 2 0 0 1 2 2v8a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-11a2 2 0 0 1 2 -2",
	"key": "svg-0"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconUsersGroup = createReactComponent("outline", "users-group", "UsersGroup", [
	["path", {
		"d": "M10 13a2 2 0 1 0 4 0a2 2 0 0 0 -4 0",
		"key": "svg-0"
	}],
	["path", {
		"d": "M8 21v-1a2 2 0 0 1 2 -2h4a2 2 0 0 1 2 2v1",
		"key": "svg-1"
	}],
	["path", {
		"d": "M15 5a2 2 0 1 0 4 0a2 2 0 0 0 -4 0",
		"key": "svg-2"
	}],
	["path", {
		"d": "M17 10h2a2 2 0 0 1 2 2v1",
		"key": "svg-3"
	}],
	["path", {
		"d": "M5 5a2 2 0 1 0 4 0a2 2 0 0 0 -4 0",
		"key": "svg-4"
	}],
	["path", {
		"d": "M3 13v-1a2 2 0 0 1 2 -2h2",
		"key": "svg-5"
	}]
]);
// src/features/sharing/components/FolderTree.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** The account's folders, one level at a time (each level is fetched when it is opened). */
function FolderTree({ userUuid, selected, onSelect }) {
	const { t } = useTranslation("sharing");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		component: "nav",
		"aria-label": t("folders.treeLabel"),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FolderLevel, {
			userUuid,
			parent: "",
			path: [],
			selected,
			onSelect,
			depth: 0
		})
	});
}
function FolderLevel({ userUuid, parent, path, selected, onSelect, depth }) {
	const { t } = useTranslation("sharing");
	const list = usePostDicomFolderList({
		userUuid,
		parentFolderUuid: parent
	});
	if (list.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Loader, {
		size: "xs",
		"aria-label": t("common.loading")
	});
	if (list.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: list.error,
		onRetry: () => void list.refetch()
	});
	if (list.data.length === 0) return depth === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "sm",
		children: t("folders.none")
	}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "xs",
		c: "dimmed",
		pl: 28,
		children: t("folders.noSubfolders")
	});
	const folders = [...list.data].sort((a, b) => a.FolderName.localeCompare(b.FolderName));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
		component: "ul",
		gap: 2,
		p: 0,
		m: 0,
		style: { listStyle: "none" },
		children: folders.map((folder) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FolderNode, {
			userUuid,
			folder,
			path: [...path, folder.FolderName],
			selected,
			onSelect,
			depth
		}, folder.FolderUuid))
	});
}
function FolderNode({ userUuid, folder, path, selected, onSelect, depth }) {
	const { t } = useTranslation("sharing");
	const [open, setOpen] = (0, import_react.useState)(false);
	const isSelected = selected === folder.FolderUuid;
	const childrenId = `folder-children-${folder.FolderUuid}`;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		gap: 2,
		wrap: "nowrap",
		pl: depth * 16,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionIcon, {
			variant: "subtle",
			color: "gray",
			size: "sm",
			onClick: () => setOpen((v) => !v),
			"aria-expanded": open,
			"aria-controls": childrenId,
			"aria-label": t(open ? "folders.collapse" : "folders.expand", { name: folder.FolderName }),
			children: open ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronDown, {
				size: 14,
				"aria-hidden": true
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronRight, {
				size: 14,
				"aria-hidden": true
			})
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			variant: isSelected ? "filled" : "transparent",
			size: "compact-sm",
			justify: "flex-start",
			leftSection: isSelected ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconFolderOpen, {
				size: 16,
				"aria-hidden": true
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconFolder, {
				size: 16,
				"aria-hidden": true
			}),
			onClick: () => onSelect(folder, path),
			"aria-current": isSelected ? "true" : void 0,
			"data-testid": "folder-node",
			"data-name": folder.FolderName,
			styles: { label: {
				whiteSpace: "normal",
				textAlign: "left"
			} },
			children: folder.FolderName
		})]
	}), open && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		id: childrenId,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FolderLevel, {
			userUuid,
			parent: folder.FolderUuid,
			path,
			selected,
			onSelect,
			depth: depth + 1
		})
	})] });
}
// src/features/sharing/components/NewFolderForm.tsx
/** Creates a folder (or a path `a/b`, nested folders at once) at the root or in the selected folder. */
function NewFolderForm({ userUuid, parent, onCreated }) {
	const { t } = useTranslation("sharing");
	const [name, setName] = (0, import_react.useState)("");
	const [description, setDescription] = (0, import_react.useState)("");
	const [nameError, setNameError] = (0, import_react.useState)();
	const create = useCreatePostDicomFolderWithDescription();
	const submit = async (event) => {
		event.preventDefault();
		if (create.isPending) return;
		const path = name.trim();
		if (!path) return setNameError(t("validation.required"));
		if (path.split("/").some((segment) => !segment.trim())) return setNameError(t("validation.folderPath"));
		setNameError(void 0);
		try {
			await create.mutateAsync({
				userUuid,
				parentFolderUuid: parent?.uuid ?? "",
				folderName: path,
				folderDescription: description
			});
			setName("");
			setDescription("");
			onCreated();
		} catch (error) {
			if (error instanceof InputError && error.issuesAt("folderName").length > 0) setNameError(t("validation.folderPath"));
		}
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
		onSubmit: (event) => void submit(event),
		noValidate: true,
		"aria-label": t("folders.newTitle"),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "xs",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					fw: 600,
					children: parent ? t("folders.newIn", { name: parent.name }) : t("folders.newAtRoot")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
					id: "new-folder-name",
					label: t("folders.name"),
					description: t("folders.nameHint"),
					value: name,
					onChange: (event) => setName(event.currentTarget.value),
					error: nameError,
					withAsterisk: true,
					autoComplete: "off",
					maxLength: 400
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Textarea, {
					id: "new-folder-description",
					label: t("folders.description"),
					value: description,
					onChange: (event) => setDescription(event.currentTarget.value),
					autosize: true,
					minRows: 1,
					maxRows: 4,
					maxLength: 1024
				}),
				create.isError && !nameError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
					error: create.error,
					title: t("folders.createFailed")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					justify: "flex-end",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						type: "submit",
						size: "xs",
						loading: create.isPending,
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconFolderPlus, {
							size: 14,
							"aria-hidden": true
						}),
						children: t("folders.create")
					})
				})
			]
		})
	});
}
// src/features/sharing/FoldersPage.tsx
var actions = [
	{
		mode: "email",
		icon: IconMail
	},
	{
		mode: "url",
		icon: IconLink
	},
	{
		mode: "upload-email",
		icon: IconUpload
	},
	{
		mode: "upload-url",
		icon: IconUpload
	},
	{
		mode: "users",
		icon: IconUsers
	},
	{
		mode: "groups",
		icon: IconUsersGroup
	}
];
/** `/sharing/folders`: browse and create (nested) folders, open them in the viewer, share them. */
function FoldersPage() {
	const { t } = useTranslation("sharing");
	const acting = usePostDicomActingUser();
	const [selected, setSelected] = (0, import_react.useState)(null);
	const [dialog, setDialog] = (0, import_react.useState)(null);
	const [creating, setCreating] = (0, import_react.useState)(false);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SharingPage, {
		section: "folders",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h3",
				children: t("folders.title")
			}),
			acting.error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: acting.error,
				onRetry: () => void acting.refetch()
			}),
			acting.userUuid && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Grid, {
				gap: "md",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Grid.Col, {
					span: {
						base: 12,
						md: 5
					},
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
						withBorder: true,
						p: "sm",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
								justify: "space-between",
								mb: "xs",
								gap: "xs",
								children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
									order: 3,
									size: "h5",
									children: t("folders.treeTitle")
								}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
									size: "compact-sm",
									variant: creating ? "light" : "default",
									leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconFolderPlus, {
										size: 14,
										"aria-hidden": true
									}),
									onClick: () => setCreating((v) => !v),
									"aria-expanded": creating,
									"aria-controls": "new-folder",
									children: t("folders.newTitle")
								})]
							}),
							creating && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
								id: "new-folder",
								withBorder: true,
								p: "sm",
								mb: "sm",
								children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NewFolderForm, {
									userUuid: acting.userUuid,
									parent: selected ? {
										uuid: selected.folder.FolderUuid,
										name: selected.folder.FolderName
									} : null,
									onCreated: () => void 0
								}), selected && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
									size: "compact-xs",
									variant: "default",
									mt: 4,
									onClick: () => setSelected(null),
									children: t("folders.createAtRootInstead")
								})]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FolderTree, {
								userUuid: acting.userUuid,
								selected: selected?.folder.FolderUuid ?? null,
								onSelect: (folder, path) => setSelected({
									folder,
									path
								})
							})
						]
					})
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Grid.Col, {
					span: {
						base: 12,
						md: 7
					},
					children: selected ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FolderDetails, {
						userUuid: acting.userUuid,
						folder: selected.folder,
						path: selected.path,
						onShare: setDialog
					}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
						color: "gray",
						variant: "light",
						children: t("folders.pick")
					})
				})]
			}),
			selected && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareFolderDialog, {
				folder: {
					uuid: selected.folder.FolderUuid,
					name: selected.folder.FolderName
				},
				opened: dialog !== null,
				onClose: () => setDialog(null),
				initialMode: dialog ?? "email"
			})
		]
	});
}
function FolderDetails({ userUuid, folder, path, onShare }) {
	const { t } = useTranslation("sharing");
	const orders = usePostDicomPatientOrderListInFolder({
		userUuid,
		folderUuid: folder.FolderUuid
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
		withBorder: true,
		p: "sm",
		"data-testid": "folder-details",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 2,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
							order: 3,
							size: "h4",
							children: folder.FolderName
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							c: "dimmed",
							children: path.join(" / ")
						}),
						folder.FolderDescription && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: folder.FolderDescription
						})
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					gap: "xs",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ViewerLinkButton, {
						kind: "folder",
						uuid: folder.FolderUuid,
						subject: folder.FolderName,
						size: "sm"
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 6,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						fw: 600,
						children: t("folders.shareTitle")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						gap: "xs",
						children: actions.map(({ mode, icon: Icon }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							size: "xs",
							variant: "default",
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Icon, {
								size: 14,
								"aria-hidden": true
							}),
							onClick: () => onShare(mode),
							"data-testid": `folder-share-${mode}`,
							children: t(`folder.modes.${mode}`)
						}, mode))
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 4,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						fw: 600,
						children: t("folders.studies")
					}), orders.isPending ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: t("common.loading")
					}) : orders.isError ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
						error: orders.error,
						onRetry: () => void orders.refetch()
					}) : orders.data.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						c: "dimmed",
						children: t("folders.noStudies")
					}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
						size: "sm",
						spacing: 4,
						children: orders.data.map((order) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(List.Item, { children: [
							order.OrderModality,
							" · ",
							order.StudyDescription,
							" · ",
							order.OrderDate
						] }, order.PatientOrderUuid))
					})]
				})
			]
		})
	});
}
export { FoldersPage as default };
