// finding: R2-cancel-in-join
// seed: 1000185
// expect `take 2 mid 1 cancel` => item 2 item 3 w6- j6 gaveup w7x t1 t1. t15 t15. cancel
// expect `take 2 mid 2 cancel` => item 2 item 3 w6- j6 w7- j7 w6- j6 gaveup w7x t1 t1. t15 t15. cancel
// expect `take 2 mid 3 cancel` => item 2 item 3 w6- j6 w7- j7 w6- j6 w7- j7 w6- j6 gaveup w7x t1 t1. t15 t15. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t15");
        ctx.log("t15.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    yield_!(2);
    yield_!(3);
    let m4: u32 = match ctx.pick(4, 0, 2) {
        0 => {
            let mut c5 = 0;
            'l5: loop {
                c5 += 1;
                if c5 > 3 { break; }
                tokio::join!(async { W::new(&ctx, 6, 0).await; ctx.log("j6"); }, async { W::new(&ctx, 7, 1).await; ctx.log("j7"); });
            }
            'l8: {
                let b9: u32 = 'l9: {
                    W::new(&ctx, 10, 2).await;
                    yield_!(11);
                    ctx.log("s12");
                    16
                };
                ctx.log(format!("b9={b9}"));
            }
            return;
        }
        _ => {
            let mut c13 = 0;
            let b13: u32 = loop {
                c13 += 1;
                if c13 > 1 { break 18; }
                ctx.log("s14");
            };
            ctx.log(format!("b13={b13}"));
            return;
        }
    };
    ctx.log(format!("m4={m4}"));
}
